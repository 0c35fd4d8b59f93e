package i18n

// Parity: the console's view of prices across channels and of the price
// check's missed searches.
const (
	ConsoleNavParity      = "ConsoleNavParity"
	ConsoleParityIntro    = "ConsoleParityIntro"
	ConsoleParityNone     = "ConsoleParityNone"
	ConsoleParityCount    = "ConsoleParityCount"
	ConsoleParityProduct  = "ConsoleParityProduct"
	ConsoleParityInStore  = "ConsoleParityInStore"
	ConsoleParityOnline   = "ConsoleParityOnline"
	ConsoleParityDelivery = "ConsoleParityDelivery"
	ConsoleParitySince    = "ConsoleParitySince"
	ConsoleMissedTitle    = "ConsoleMissedTitle"
	ConsoleMissedIntro    = "ConsoleMissedIntro"
	ConsoleMissedNone     = "ConsoleMissedNone"
	ConsoleMissedQuery    = "ConsoleMissedQuery"
	ConsoleMissedCount    = "ConsoleMissedCount"
	ConsoleMissedLast     = "ConsoleMissedLast"
	ConsoleAlParity       = "ConsoleAlParity"
	ConsoleParityCSV      = "ConsoleParityCSV"

	ConsoleParityChartTitle     = "ConsoleParityChartTitle"
	ConsoleParityChartLabel     = "ConsoleParityChartLabel"
	ConsoleParityChartDay       = "ConsoleParityChartDay"
	ConsoleParityChartCount     = "ConsoleParityChartCount"
	ConsoleParityChartUncounted = "ConsoleParityChartUncounted"
)

func init() {
	IDs = append(IDs,
		ConsoleNavParity, ConsoleParityIntro, ConsoleParityNone, ConsoleParityCount,
		ConsoleParityProduct, ConsoleParityInStore, ConsoleParityOnline,
		ConsoleParityDelivery, ConsoleParitySince, ConsoleMissedTitle,
		ConsoleMissedIntro, ConsoleMissedNone, ConsoleMissedQuery,
		ConsoleMissedCount, ConsoleMissedLast, ConsoleAlParity, ConsoleParityCSV,
		ConsoleParityChartTitle, ConsoleParityChartLabel, ConsoleParityChartDay,
		ConsoleParityChartCount, ConsoleParityChartUncounted,
	)
	Plurals = append(Plurals, ConsoleParityCount, ConsoleParityChartLabel)
}
