package i18n

// Message ids. Every id here is in every locale file and no file has
// another: TestLocaleFilesMatchIDs keeps them in step.
const (
	AppName           = "AppName"
	HomeTitle         = "HomeTitle"
	HomeIntro         = "HomeIntro"
	OpenKiosk         = "OpenKiosk"
	OpenSignage       = "OpenSignage"
	KioskTitle        = "KioskTitle"
	SignageTitle      = "SignageTitle"
	PromotionCount    = "PromotionCount"
	NoPromotions      = "NoPromotions"
	Price             = "Price"
	WasPrice          = "WasPrice"
	ValidUntil        = "ValidUntil"
	LanguageLabel     = "LanguageLabel"
	StatusConnecting  = "StatusConnecting"
	StatusOffline     = "StatusOffline"
	SlidePosition     = "SlidePosition"
	LocaleName        = "LocaleName" // each file holds its own language's name
	PairTitle         = "PairTitle"
	PairHelp          = "PairHelp"
	SeverityInfo      = "SeverityInfo"
	SeverityUrgent    = "SeverityUrgent"
	SeverityEmergency = "SeverityEmergency"
	CouponTitle       = "CouponTitle"
	CouponInvalid     = "CouponInvalid"
	CouponInvalidHelp = "CouponInvalidHelp"
	CouponCodeLabel   = "CouponCodeLabel"
	CouponQRAlt       = "CouponQRAlt"
	CouponShowCashier = "CouponShowCashier"
	CouponValidUntil  = "CouponValidUntil"
	CouponRedeemed    = "CouponRedeemed"
	CouponExpired     = "CouponExpired"
	CouponVoid        = "CouponVoid"
	SkipToContent     = "SkipToContent"

	// Kiosk (issue 6): shopper flows, accessibility bar, idle reset.
	KioskStart         = "KioskStart"
	KioskMenuTitle     = "KioskMenuTitle"
	MenuPromotions     = "MenuPromotions"
	MenuPromotionsHint = "MenuPromotionsHint"
	MenuPriceCheck     = "MenuPriceCheck"
	MenuPriceCheckHint = "MenuPriceCheckHint"
	MenuEvents         = "MenuEvents"
	MenuEventsHint     = "MenuEventsHint"
	MenuHelp           = "MenuHelp"
	MenuHelpHint       = "MenuHelpHint"
	NavBack            = "NavBack"
	NavHome            = "NavHome"
	NavLabel           = "NavLabel"
	SkipToMain         = "SkipToMain"
	AllOffers          = "AllOffers"
	OtherOffers        = "OtherOffers"
	PageMore           = "PageMore"
	OfferGone          = "OfferGone"
	PriceLabel         = "PriceLabel"
	PriceHint          = "PriceHint"
	PriceSearch        = "PriceSearch"
	PriceSearching     = "PriceSearching"
	PriceResults       = "PriceResults"
	PriceShowing       = "PriceShowing"
	PriceNone          = "PriceNone"
	PriceAisle         = "PriceAisle"
	PriceSame          = "PriceSame"
	ErrQueryEmpty      = "ErrQueryEmpty"
	ErrQueryTooLong    = "ErrQueryTooLong"
	ErrQueryBadText    = "ErrQueryBadText"
	ErrBarcodeLength   = "ErrBarcodeLength"
	ErrBarcodeDigits   = "ErrBarcodeDigits"
	ErrBarcodeCheck    = "ErrBarcodeCheck"
	ErrNetwork         = "ErrNetwork"
	EventsCount        = "EventsCount"
	EventsNone         = "EventsNone"
	EventWhen          = "EventWhen"
	Weekdays           = "Weekdays"
	EventPlace         = "EventPlace"
	HelpIntro          = "HelpIntro"
	CallStaff          = "CallStaff"
	StaffComing        = "StaffComing"
	StaffAlready       = "StaffAlready"
	StaffCalling       = "StaffCalling"
	StaffCallFailed    = "StaffCallFailed"
	HelpKeysTitle      = "HelpKeysTitle"
	HelpKeys           = "HelpKeys"
	HelpModesTitle     = "HelpModesTitle"
	HelpModes          = "HelpModes"
	A11yBarLabel       = "A11yBarLabel"
	ModeLarge          = "ModeLarge"
	ModeContrast       = "ModeContrast"
	ModeVoice          = "ModeVoice"
	ModeElder          = "ModeElder"
	ModeElderExit      = "ModeElderExit"
	ModeOnSay          = "ModeOnSay"
	ModeOffSay         = "ModeOffSay"
	ReadAloud          = "ReadAloud"
	NoVoice            = "NoVoice"
	ChoiceCount        = "ChoiceCount"
	IdleTitle          = "IdleTitle"
	IdleCountdown      = "IdleCountdown"
	IdleWhy            = "IdleWhy"
	IdleMore           = "IdleMore"

	// Product file import errors, one per content.Import* code.
	ImportAtLine           = "ImportAtLine"
	ImportEmptyFile        = "ImportEmptyFile"
	ImportNotUTF8          = "ImportNotUTF8"
	ImportBadCSV           = "ImportBadCSV"
	ImportNoHeader         = "ImportNoHeader"
	ImportUnknownColumn    = "ImportUnknownColumn"
	ImportDuplicateColumn  = "ImportDuplicateColumn"
	ImportMissingColumn    = "ImportMissingColumn"
	ImportColumnCount      = "ImportColumnCount"
	ImportBadSKU           = "ImportBadSKU"
	ImportDuplicateSKU     = "ImportDuplicateSKU"
	ImportBadBarcode       = "ImportBadBarcode"
	ImportDuplicateBarcode = "ImportDuplicateBarcode"
	ImportBarcodeTaken     = "ImportBarcodeTaken"
	ImportNoName           = "ImportNoName"
	ImportBadName          = "ImportBadName"
	ImportBadPrice         = "ImportBadPrice"
	ImportUnknownCategory  = "ImportUnknownCategory"
	ImportBadAisle         = "ImportBadAisle"
	ImportTooManyRows      = "ImportTooManyRows"
	ImportTooManyErrors    = "ImportTooManyErrors"
)

// IDs lists every message id.
var IDs = []string{
	AppName, HomeTitle, HomeIntro, OpenKiosk, OpenSignage, KioskTitle,
	SignageTitle, PromotionCount, NoPromotions, Price, WasPrice, ValidUntil,
	LanguageLabel, StatusConnecting, StatusOffline, SlidePosition,
	LocaleName, SkipToContent,
	PairTitle, PairHelp, SeverityInfo, SeverityUrgent, SeverityEmergency,
	CouponTitle, CouponInvalid, CouponInvalidHelp, CouponCodeLabel, CouponQRAlt,
	CouponShowCashier, CouponValidUntil, CouponRedeemed, CouponExpired, CouponVoid,
	// Kiosk.
	KioskStart, KioskMenuTitle, MenuPromotions,
	MenuPromotionsHint, MenuPriceCheck, MenuPriceCheckHint, MenuEvents,
	MenuEventsHint, MenuHelp, MenuHelpHint, NavBack, NavHome, NavLabel,
	SkipToMain, AllOffers, OtherOffers, PageMore, OfferGone, PriceLabel,
	PriceHint, PriceSearch, PriceSearching, PriceResults, PriceShowing,
	PriceNone, PriceAisle, PriceSame, ErrQueryEmpty, ErrQueryTooLong,
	ErrQueryBadText, ErrBarcodeLength, ErrBarcodeDigits, ErrBarcodeCheck,
	ErrNetwork, EventsCount, EventsNone, EventWhen, Weekdays, EventPlace,
	HelpIntro, CallStaff, StaffComing, StaffAlready, StaffCalling,
	StaffCallFailed, HelpKeysTitle, HelpKeys, HelpModesTitle, HelpModes,
	A11yBarLabel, ModeLarge, ModeContrast, ModeVoice, ModeElder,
	ModeElderExit, ModeOnSay, ModeOffSay, ReadAloud, NoVoice, ChoiceCount,
	IdleTitle, IdleCountdown, IdleWhy, IdleMore,
	// Product import.
	ImportAtLine, ImportEmptyFile, ImportNotUTF8, ImportBadCSV,
	ImportNoHeader, ImportUnknownColumn, ImportDuplicateColumn,
	ImportMissingColumn, ImportColumnCount, ImportBadSKU, ImportDuplicateSKU,
	ImportBadBarcode, ImportDuplicateBarcode, ImportBarcodeTaken,
	ImportNoName, ImportBadName, ImportBadPrice, ImportUnknownCategory,
	ImportBadAisle, ImportTooManyRows, ImportTooManyErrors,
}

// Plurals lists the ids that take a count.
var Plurals = []string{PromotionCount, PriceResults, PriceShowing, EventsCount, ChoiceCount, IdleCountdown}
