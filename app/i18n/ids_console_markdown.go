package i18n

// Markdowns: the console's view of lots near their best-before date and
// the cuts the store's rule suggests.
const (
	ConsoleNavMarkdowns   = "ConsoleNavMarkdowns"
	ConsoleMdIntro        = "ConsoleMdIntro"
	ConsoleMdNone         = "ConsoleMdNone"
	ConsoleMdCount        = "ConsoleMdCount"
	ConsoleMdRule         = "ConsoleMdRule"
	ConsoleMdStep         = "ConsoleMdStep"
	ConsoleMdBestBefore   = "ConsoleMdBestBefore"
	ConsoleMdLeft         = "ConsoleMdLeft"
	ConsoleMdPrice        = "ConsoleMdPrice"
	ConsoleMdWhy          = "ConsoleMdWhy"
	ConsoleMdWhyToday     = "ConsoleMdWhyToday"
	ConsoleMdWhyDays      = "ConsoleMdWhyDays"
	ConsoleMdApprove      = "ConsoleMdApprove"
	ConsoleMdApproveLabel = "ConsoleMdApproveLabel"
	ConsoleMdDismiss      = "ConsoleMdDismiss"
	ConsoleMdDismissLabel = "ConsoleMdDismissLabel"
	ConsoleMdApproved     = "ConsoleMdApproved"
	ConsoleMdDismissed    = "ConsoleMdDismissed"
)

func init() {
	IDs = append(IDs,
		ConsoleNavMarkdowns, ConsoleMdIntro, ConsoleMdNone, ConsoleMdCount, ConsoleMdRule, ConsoleMdStep,
		ConsoleMdBestBefore, ConsoleMdLeft, ConsoleMdPrice, ConsoleMdWhy,
		ConsoleMdWhyToday, ConsoleMdWhyDays, ConsoleMdApprove, ConsoleMdApproveLabel,
		ConsoleMdDismiss, ConsoleMdDismissLabel, ConsoleMdApproved, ConsoleMdDismissed,
	)
	Plurals = append(Plurals, ConsoleMdCount, ConsoleMdStep, ConsoleMdWhyDays)
}
