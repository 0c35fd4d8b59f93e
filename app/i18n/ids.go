package i18n

// Message ids. Every id here is in every locale file and no file has
// another: TestLocaleFilesMatchIDs keeps them in step.
const (
	AppName          = "AppName"
	HomeTitle        = "HomeTitle"
	HomeIntro        = "HomeIntro"
	OpenKiosk        = "OpenKiosk"
	OpenSignage      = "OpenSignage"
	KioskTitle       = "KioskTitle"
	SignageTitle     = "SignageTitle"
	PromotionCount   = "PromotionCount"
	NoPromotions     = "NoPromotions"
	Price            = "Price"
	WasPrice         = "WasPrice"
	ValidUntil       = "ValidUntil"
	LanguageLabel    = "LanguageLabel"
	StatusConnecting = "StatusConnecting"
	StatusOffline    = "StatusOffline"
	SlidePosition    = "SlidePosition"
	LocaleName       = "LocaleName" // each file holds its own language's name
	SkipToContent    = "SkipToContent"
)

// IDs lists every message id.
var IDs = []string{
	AppName, HomeTitle, HomeIntro, OpenKiosk, OpenSignage, KioskTitle,
	SignageTitle, PromotionCount, NoPromotions, Price, WasPrice, ValidUntil,
	LanguageLabel, StatusConnecting, StatusOffline, SlidePosition,
	LocaleName, SkipToContent,
}

// Plurals lists the ids that take a count.
var Plurals = []string{PromotionCount}
