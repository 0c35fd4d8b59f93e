package i18n

// Message ids. Every id here is in every locale file and no file has
// another: TestLocaleFilesMatchIDs keeps them in step.
const (
	// Console: the staff console.
	ConsoleTitle                = "ConsoleTitle"
	ConsoleSkip                 = "ConsoleSkip"
	ConsoleLoading              = "ConsoleLoading"
	ConsoleWho                  = "ConsoleWho"
	ConsoleRoleAdmin            = "ConsoleRoleAdmin"
	ConsoleRoleEditor           = "ConsoleRoleEditor"
	ConsoleRoleCashier          = "ConsoleRoleCashier"
	ConsoleNavLabel             = "ConsoleNavLabel"
	ConsoleNavMenu              = "ConsoleNavMenu"       // the phone's menu button: Menu · {{.View}}
	ConsoleCampaignReach        = "ConsoleCampaignReach" // {{.PerKiosk}} {{.Kiosks}} {{.Quantity}}
	ConsoleNavScreens           = "ConsoleNavScreens"
	ConsoleNavPromotions        = "ConsoleNavPromotions"
	ConsoleNavOverrides         = "ConsoleNavOverrides"
	ConsoleNavUsers             = "ConsoleNavUsers"
	ConsoleNavAudit             = "ConsoleNavAudit"
	ConsoleNavAccount           = "ConsoleNavAccount"
	ConsoleNotAllowedTitle      = "ConsoleNotAllowedTitle"
	ConsoleListSep              = "ConsoleListSep"
	ConsoleSignInTitle          = "ConsoleSignInTitle"
	ConsoleUsername             = "ConsoleUsername"
	ConsoleUsernameHint         = "ConsoleUsernameHint"
	ConsolePassword             = "ConsolePassword"
	ConsolePasswordHint         = "ConsolePasswordHint"
	ConsolePasswordRepeat       = "ConsolePasswordRepeat"
	ConsoleSignIn               = "ConsoleSignIn"
	ConsoleSignOut              = "ConsoleSignOut"
	ConsoleSignedOut            = "ConsoleSignedOut"
	ConsoleSetupTitle           = "ConsoleSetupTitle"
	ConsoleSetupIntro           = "ConsoleSetupIntro"
	ConsoleSetupToken           = "ConsoleSetupToken"
	ConsoleSetupTokenHint       = "ConsoleSetupTokenHint"
	ConsoleSetupCreate          = "ConsoleSetupCreate"
	ConsoleFleetSummary         = "ConsoleFleetSummary"
	ConsoleNoScreens            = "ConsoleNoScreens"
	ConsoleOnline               = "ConsoleOnline"
	ConsoleOffline              = "ConsoleOffline"
	ConsoleKind                 = "ConsoleKind"
	ConsoleKindKiosk            = "ConsoleKindKiosk"
	ConsoleKindSignage          = "ConsoleKindSignage"
	ConsoleKindAsReported       = "ConsoleKindAsReported"
	ConsoleLastSeen             = "ConsoleLastSeen"
	ConsoleNow                  = "ConsoleNow"
	ConsoleNever                = "ConsoleNever"
	ConsoleJustNow              = "ConsoleJustNow"
	ConsoleMinutesAgo           = "ConsoleMinutesAgo"
	ConsoleHoursAgo             = "ConsoleHoursAgo"
	ConsoleShowing              = "ConsoleShowing"
	ConsoleShowingNothing       = "ConsoleShowingNothing"
	ConsoleShowingPairing       = "ConsoleShowingPairing"
	ConsoleShowingOverride      = "ConsoleShowingOverride"
	ConsoleShowingPromotion     = "ConsoleShowingPromotion"
	ConsoleKioskAttract         = "ConsoleKioskAttract"
	ConsoleKioskMenu            = "ConsoleKioskMenu"
	ConsoleKioskOffers          = "ConsoleKioskOffers"
	ConsoleKioskOffer           = "ConsoleKioskOffer"
	ConsoleKioskPrice           = "ConsoleKioskPrice"
	ConsoleKioskEvents          = "ConsoleKioskEvents"
	ConsoleKioskHelp            = "ConsoleKioskHelp"
	ConsoleTokenOwner           = "ConsoleTokenOwner"
	ConsoleMode                 = "ConsoleMode"
	ConsoleModeNone             = "ConsoleModeNone"
	ConsoleModeLarge            = "ConsoleModeLarge"
	ConsoleModeContrast         = "ConsoleModeContrast"
	ConsoleModeVoice            = "ConsoleModeVoice"
	ConsoleModeElder            = "ConsoleModeElder"
	ConsoleGroups               = "ConsoleGroups"
	ConsoleGroupsHint           = "ConsoleGroupsHint"
	ConsoleNoGroups             = "ConsoleNoGroups"
	ConsoleAppVersion           = "ConsoleAppVersion"
	ConsoleReload               = "ConsoleReload"
	ConsoleReloadNamed          = "ConsoleReloadNamed"
	ConsoleIdentify             = "ConsoleIdentify"
	ConsoleIdentifyNamed        = "ConsoleIdentifyNamed"
	ConsoleCommandSent          = "ConsoleCommandSent"
	ConsoleEdit                 = "ConsoleEdit"
	ConsoleEditNamed            = "ConsoleEditNamed"
	ConsoleRevoke               = "ConsoleRevoke"
	ConsoleRevokeNamed          = "ConsoleRevokeNamed"
	ConsoleRevokeConfirm        = "ConsoleRevokeConfirm"
	ConsoleRevokeYes            = "ConsoleRevokeYes"
	ConsoleRevoked              = "ConsoleRevoked"
	ConsolePairTitle            = "ConsolePairTitle"
	ConsoleWaiting              = "ConsoleWaiting"
	ConsoleWaitingShort         = "ConsoleWaitingShort"
	ConsolePairCode             = "ConsolePairCode"
	ConsolePairCodeHint         = "ConsolePairCodeHint"
	ConsoleScreenName           = "ConsoleScreenName"
	ConsoleScreenNameHint       = "ConsoleScreenNameHint"
	ConsolePair                 = "ConsolePair"
	ConsolePaired               = "ConsolePaired"
	ConsolePromotionNew         = "ConsolePromotionNew"
	ConsolePromotionEdit        = "ConsolePromotionEdit"
	ConsolePromoTitle           = "ConsolePromoTitle"
	ConsolePromoTitleHint       = "ConsolePromoTitleHint"
	ConsolePromoBody            = "ConsolePromoBody"
	ConsolePromoImage           = "ConsolePromoImage"
	ConsoleImageChoose          = "ConsoleImageChoose"
	ConsoleImageReplace         = "ConsoleImageReplace"
	ConsoleImageHint            = "ConsoleImageHint"
	ConsoleUploading            = "ConsoleUploading"
	ConsoleImagePreview         = "ConsoleImagePreview"
	ConsoleImageRemove          = "ConsoleImageRemove"
	ConsolePromoPrice           = "ConsolePromoPrice"
	ConsolePriceHint            = "ConsolePriceHint"
	ConsolePromoWasPrice        = "ConsolePromoWasPrice"
	ConsoleWasPriceHint         = "ConsoleWasPriceHint"
	ConsolePromoFrom            = "ConsolePromoFrom"
	ConsolePromoTo              = "ConsolePromoTo"
	ConsoleOptional             = "ConsoleOptional"
	ConsolePromoPriority        = "ConsolePromoPriority"
	ConsolePriorityHint         = "ConsolePriorityHint"
	ConsolePriorityIs           = "ConsolePriorityIs"
	ConsolePromoScreens         = "ConsolePromoScreens"
	ConsoleValidAlways          = "ConsoleValidAlways"
	ConsoleValidFrom            = "ConsoleValidFrom"
	ConsoleValidTo              = "ConsoleValidTo"
	ConsoleValidFromTo          = "ConsoleValidFromTo"
	ConsoleSave                 = "ConsoleSave"
	ConsoleSaved                = "ConsoleSaved"
	ConsoleCancel               = "ConsoleCancel"
	ConsoleDelete               = "ConsoleDelete"
	ConsoleDeleteNamed          = "ConsoleDeleteNamed"
	ConsoleDeleteConfirm        = "ConsoleDeleteConfirm"
	ConsoleDeleteYes            = "ConsoleDeleteYes"
	ConsoleDeleted              = "ConsoleDeleted"
	ConsoleOverridesActive      = "ConsoleOverridesActive"
	ConsoleOverridesNone        = "ConsoleOverridesNone"
	ConsoleOverridePush         = "ConsoleOverridePush"
	ConsoleOverrideMessage      = "ConsoleOverrideMessage"
	ConsoleOverrideMessageHint  = "ConsoleOverrideMessageHint"
	ConsoleSeverity             = "ConsoleSeverity"
	ConsoleSevInfo              = "ConsoleSevInfo"
	ConsoleSevUrgent            = "ConsoleSevUrgent"
	ConsoleSevEmergency         = "ConsoleSevEmergency"
	ConsoleTarget               = "ConsoleTarget"
	ConsoleWholeStore           = "ConsoleWholeStore"
	ConsoleTargetGroups         = "ConsoleTargetGroups"
	ConsoleMinutes              = "ConsoleMinutes"
	ConsoleMinutesHint          = "ConsoleMinutesHint"
	ConsoleOverridePushButton   = "ConsoleOverridePushButton"
	ConsoleOverridePushed       = "ConsoleOverridePushed"
	ConsoleOverrideCleared      = "ConsoleOverrideCleared"
	ConsoleOverrideMeta         = "ConsoleOverrideMeta"
	ConsoleClear                = "ConsoleClear"
	ConsoleClearNamed           = "ConsoleClearNamed"
	ConsoleUserAdd              = "ConsoleUserAdd"
	ConsoleUserAddButton        = "ConsoleUserAddButton"
	ConsoleUserAdded            = "ConsoleUserAdded"
	ConsoleUserDeleted          = "ConsoleUserDeleted"
	ConsoleUserDeleteConfirm    = "ConsoleUserDeleteConfirm"
	ConsoleRole                 = "ConsoleRole"
	ConsoleRoleHint             = "ConsoleRoleHint"
	ConsoleSince                = "ConsoleSince"
	ConsoleThisIsYou            = "ConsoleThisIsYou"
	ConsolePasswordChange       = "ConsolePasswordChange"
	ConsolePasswordCurrent      = "ConsolePasswordCurrent"
	ConsolePasswordNew          = "ConsolePasswordNew"
	ConsolePasswordSignsOut     = "ConsolePasswordSignsOut"
	ConsolePasswordChangeButton = "ConsolePasswordChangeButton"
	ConsolePasswordChanged      = "ConsolePasswordChanged"
	ConsoleTokens               = "ConsoleTokens"
	ConsoleTokensIntro          = "ConsoleTokensIntro"
	ConsoleTokenName            = "ConsoleTokenName"
	ConsoleTokenNameHint        = "ConsoleTokenNameHint"
	ConsoleTokenCreate          = "ConsoleTokenCreate"
	ConsoleTokenSecret          = "ConsoleTokenSecret"
	ConsoleTokenSecretHint      = "ConsoleTokenSecretHint"
	ConsoleTokenRevokeConfirm   = "ConsoleTokenRevokeConfirm"
	ConsoleAuditNone            = "ConsoleAuditNone"
	ConsoleOlder                = "ConsoleOlder"
	ConsoleErrRequired          = "ConsoleErrRequired"
	ConsoleErrBadCredentials    = "ConsoleErrBadCredentials"
	ConsoleErrThrottled         = "ConsoleErrThrottled"
	ConsoleErrSessionEnded      = "ConsoleErrSessionEnded"
	ConsoleErrReload            = "ConsoleErrReload"
	ConsoleErrForbidden         = "ConsoleErrForbidden"
	ConsoleErrGone              = "ConsoleErrGone"
	ConsoleErrHQPrice           = "ConsoleErrHQPrice"
	ConsoleErrServer            = "ConsoleErrServer"
	ConsoleErrNetwork           = "ConsoleErrNetwork"
	ConsoleErrHTTP              = "ConsoleErrHTTP"
	ConsoleErrSetupDone         = "ConsoleErrSetupDone"
	ConsoleErrSetupToken        = "ConsoleErrSetupToken"
	ConsoleErrSelf              = "ConsoleErrSelf"
	ConsoleErrOffline           = "ConsoleErrOffline"
	ConsoleErrScreenGone        = "ConsoleErrScreenGone"
	ConsoleErrBadMedia          = "ConsoleErrBadMedia"
	ConsoleErrTooLarge          = "ConsoleErrTooLarge"
	ConsoleErrUsername          = "ConsoleErrUsername"
	ConsoleErrUsernameTaken     = "ConsoleErrUsernameTaken"
	ConsoleErrPasswordLength    = "ConsoleErrPasswordLength"
	ConsoleErrRepeat            = "ConsoleErrRepeat"
	ConsoleErrCurrentPassword   = "ConsoleErrCurrentPassword"
	ConsoleErrRole              = "ConsoleErrRole"
	ConsoleErrName              = "ConsoleErrName"
	ConsoleErrPairCode          = "ConsoleErrPairCode"
	ConsoleErrKind              = "ConsoleErrKind"
	ConsoleErrGroups            = "ConsoleErrGroups"
	ConsoleErrGroupsRequired    = "ConsoleErrGroupsRequired"
	ConsoleErrTitleRequired     = "ConsoleErrTitleRequired"
	ConsoleErrMessageRequired   = "ConsoleErrMessageRequired"
	ConsoleErrTooLong           = "ConsoleErrTooLong"
	ConsoleErrPriceEmpty        = "ConsoleErrPriceEmpty"
	ConsoleErrPriceFormat       = "ConsoleErrPriceFormat"
	ConsoleErrPriceRange        = "ConsoleErrPriceRange"
	ConsoleErrWasPriceHigher    = "ConsoleErrWasPriceHigher"
	ConsoleErrDate              = "ConsoleErrDate"
	ConsoleErrValidTo           = "ConsoleErrValidTo"
	ConsoleErrPriority          = "ConsoleErrPriority"
	ConsoleErrImage             = "ConsoleErrImage"
	ConsoleErrSeverity          = "ConsoleErrSeverity"
	ConsoleErrMinutes           = "ConsoleErrMinutes"

	AppName            = "AppName"
	HomeTitle          = "HomeTitle"
	HomeIntro          = "HomeIntro"
	OpenKiosk          = "OpenKiosk"
	OpenSignage        = "OpenSignage"
	KioskTitle         = "KioskTitle"
	SignageTitle       = "SignageTitle"
	PromotionCount     = "PromotionCount"
	NoPromotions       = "NoPromotions"
	Price              = "Price"
	WasPrice           = "WasPrice"
	ValidUntil         = "ValidUntil"
	LanguageLabel      = "LanguageLabel"
	StatusConnecting   = "StatusConnecting"
	StatusOffline      = "StatusOffline"
	SlidePosition      = "SlidePosition"
	LocaleName         = "LocaleName" // each file holds its own language's name
	PairTitle          = "PairTitle"
	PairHelp           = "PairHelp"
	SeverityInfo       = "SeverityInfo"
	SeverityUrgent     = "SeverityUrgent"
	SeverityEmergency  = "SeverityEmergency"
	ProductPageTitle   = "ProductPageTitle"
	ProductUnknown     = "ProductUnknown"
	ProductUnknownHelp = "ProductUnknownHelp"
	ProductPerUnit     = "ProductPerUnit"
	CouponTitle        = "CouponTitle"
	CouponInvalid      = "CouponInvalid"
	CouponInvalidHelp  = "CouponInvalidHelp"
	CouponCodeLabel    = "CouponCodeLabel"
	CouponQRAlt        = "CouponQRAlt"
	CouponShowCashier  = "CouponShowCashier"
	CouponValidUntil   = "CouponValidUntil"
	CouponRedeemed     = "CouponRedeemed"
	CouponExpired      = "CouponExpired"
	CouponVoid         = "CouponVoid"
	CouponWhen         = "CouponWhen"
	SkipToContent      = "SkipToContent"

	// Kiosk: shopper flows, accessibility bar, idle reset.
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
	PageNext           = "PageNext"
	PageFirst          = "PageFirst"
	PagePrev           = "PagePrev"
	PagePosition       = "PagePosition"
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
	DayToday           = "DayToday"
	DayTomorrow        = "DayTomorrow"
	DayDate            = "DayDate"
	DayDateYear        = "DayDateYear"
	DayAtTime          = "DayAtTime"
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

	// Kiosk coupons: the coupons screen and the claimed coupon.
	MenuCoupons      = "MenuCoupons"
	MenuCouponsHint  = "MenuCouponsHint"
	CouponsCount     = "CouponsCount"
	CouponsNone      = "CouponsNone"
	CouponGet        = "CouponGet"
	CouponGetFor     = "CouponGetFor"
	CouponWorking    = "CouponWorking"
	CouponScan       = "CouponScan"
	CouponKioskQRAlt = "CouponKioskQRAlt"
	CouponCodeSay    = "CouponCodeSay"
	CouponRepeat     = "CouponRepeat"
	CouponDone       = "CouponDone"
	CouponOthers     = "CouponOthers"
	CouponTryAgain   = "CouponTryAgain"
	CouponNotIssued  = "CouponNotIssued"
	CouponSoldOut    = "CouponSoldOut"
	CouponLimit      = "CouponLimit"
	CouponNotNow     = "CouponNotNow"
	CouponBusy       = "CouponBusy"
	CouponOffline    = "CouponOffline"
	CouponNoneShown  = "CouponNoneShown"

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
	ImportBadStock         = "ImportBadStock"
	ImportBadUnit          = "ImportBadUnit"
	ImportBadValue         = "ImportBadValue"
	ImportTooManyRows      = "ImportTooManyRows"
	ImportTooManyErrors    = "ImportTooManyErrors"

	// Signage player and the phone's claim page.
	SignageCouponScan  = "SignageCouponScan"
	SignageCouponKiosk = "SignageCouponKiosk"
	SignageCouponQRAlt = "SignageCouponQRAlt"
	SignageDate        = "SignageDate"
	SignageTicker      = "SignageTicker"
	ClaimTitle         = "ClaimTitle"
	ClaimWorking       = "ClaimWorking"
	ClaimSoldOut       = "ClaimSoldOut"
	ClaimEnded         = "ClaimEnded"
	ClaimUnknown       = "ClaimUnknown"
	ClaimNotNow        = "ClaimNotNow"
	ClaimLimit         = "ClaimLimit"
	ClaimBusy          = "ClaimBusy"
	ClaimFailed        = "ClaimFailed"
	ClaimRetry         = "ClaimRetry"
)

// IDs lists every message id.
var IDs = []string{
	// Console.
	ConsoleTitle, ConsoleSkip, ConsoleLoading, ConsoleWho, ConsoleRoleAdmin,
	ConsoleRoleEditor, ConsoleRoleCashier, ConsoleNavLabel, ConsoleNavMenu, ConsoleCampaignReach, ConsoleNavScreens,
	ConsoleNavPromotions, ConsoleNavOverrides, ConsoleNavUsers,
	ConsoleNavAudit, ConsoleNavAccount, ConsoleNotAllowedTitle,
	ConsoleListSep, ConsoleSignInTitle, ConsoleUsername, ConsoleUsernameHint,
	ConsolePassword, ConsolePasswordHint, ConsolePasswordRepeat,
	ConsoleSignIn, ConsoleSignOut, ConsoleSignedOut, ConsoleSetupTitle,
	ConsoleSetupIntro, ConsoleSetupToken, ConsoleSetupTokenHint,
	ConsoleSetupCreate, ConsoleFleetSummary, ConsoleNoScreens, ConsoleOnline,
	ConsoleOffline, ConsoleKind, ConsoleKindKiosk, ConsoleKindSignage,
	ConsoleKindAsReported, ConsoleLastSeen, ConsoleNow, ConsoleNever,
	ConsoleJustNow, ConsoleMinutesAgo, ConsoleHoursAgo, ConsoleShowing,
	ConsoleShowingNothing, ConsoleShowingPairing, ConsoleShowingOverride,
	ConsoleShowingPromotion, ConsoleKioskAttract, ConsoleKioskMenu,
	ConsoleKioskOffers, ConsoleKioskOffer, ConsoleKioskPrice,
	ConsoleKioskEvents, ConsoleKioskHelp, ConsoleTokenOwner, ConsoleMode,
	ConsoleModeNone, ConsoleModeLarge, ConsoleModeContrast, ConsoleModeVoice,
	ConsoleModeElder, ConsoleGroups, ConsoleGroupsHint, ConsoleNoGroups,
	ConsoleAppVersion, ConsoleReload, ConsoleReloadNamed, ConsoleIdentify,
	ConsoleIdentifyNamed, ConsoleCommandSent, ConsoleEdit, ConsoleEditNamed,
	ConsoleRevoke, ConsoleRevokeNamed, ConsoleRevokeConfirm, ConsoleRevokeYes,
	ConsoleRevoked, ConsolePairTitle, ConsoleWaiting, ConsoleWaitingShort,
	ConsolePairCode, ConsolePairCodeHint, ConsoleScreenName,
	ConsoleScreenNameHint, ConsolePair, ConsolePaired, ConsolePromotionNew,
	ConsolePromotionEdit, ConsolePromoTitle, ConsolePromoTitleHint,
	ConsolePromoBody, ConsolePromoImage, ConsoleImageChoose,
	ConsoleImageReplace, ConsoleImageHint, ConsoleUploading,
	ConsoleImagePreview, ConsoleImageRemove, ConsolePromoPrice,
	ConsolePriceHint, ConsolePromoWasPrice, ConsoleWasPriceHint,
	ConsolePromoFrom, ConsolePromoTo, ConsoleOptional, ConsolePromoPriority,
	ConsolePriorityHint, ConsolePriorityIs, ConsolePromoScreens, ConsoleValidAlways,
	ConsoleValidFrom, ConsoleValidTo, ConsoleValidFromTo, ConsoleSave,
	ConsoleSaved, ConsoleCancel, ConsoleDelete, ConsoleDeleteNamed,
	ConsoleDeleteConfirm, ConsoleDeleteYes, ConsoleDeleted,
	ConsoleOverridesActive, ConsoleOverridesNone, ConsoleOverridePush,
	ConsoleOverrideMessage, ConsoleOverrideMessageHint, ConsoleSeverity,
	ConsoleSevInfo, ConsoleSevUrgent, ConsoleSevEmergency, ConsoleTarget,
	ConsoleWholeStore, ConsoleTargetGroups, ConsoleMinutes,
	ConsoleMinutesHint, ConsoleOverridePushButton, ConsoleOverridePushed,
	ConsoleOverrideCleared, ConsoleOverrideMeta, ConsoleClear,
	ConsoleClearNamed, ConsoleUserAdd, ConsoleUserAddButton, ConsoleUserAdded,
	ConsoleUserDeleted, ConsoleUserDeleteConfirm, ConsoleRole,
	ConsoleRoleHint, ConsoleSince, ConsoleThisIsYou, ConsolePasswordChange,
	ConsolePasswordCurrent, ConsolePasswordNew, ConsolePasswordSignsOut,
	ConsolePasswordChangeButton, ConsolePasswordChanged, ConsoleTokens,
	ConsoleTokensIntro, ConsoleTokenName, ConsoleTokenNameHint,
	ConsoleTokenCreate, ConsoleTokenSecret, ConsoleTokenSecretHint,
	ConsoleTokenRevokeConfirm, ConsoleAuditNone, ConsoleOlder,
	ConsoleErrRequired, ConsoleErrBadCredentials, ConsoleErrThrottled,
	ConsoleErrSessionEnded, ConsoleErrReload, ConsoleErrForbidden,
	ConsoleErrGone, ConsoleErrHQPrice, ConsoleErrServer, ConsoleErrNetwork, ConsoleErrHTTP,
	ConsoleErrSetupDone, ConsoleErrSetupToken, ConsoleErrSelf,
	ConsoleErrOffline, ConsoleErrScreenGone, ConsoleErrBadMedia,
	ConsoleErrTooLarge, ConsoleErrUsername, ConsoleErrUsernameTaken,
	ConsoleErrPasswordLength, ConsoleErrRepeat, ConsoleErrCurrentPassword,
	ConsoleErrRole, ConsoleErrName, ConsoleErrPairCode, ConsoleErrKind,
	ConsoleErrGroups, ConsoleErrGroupsRequired, ConsoleErrTitleRequired,
	ConsoleErrMessageRequired, ConsoleErrTooLong, ConsoleErrPriceEmpty,
	ConsoleErrPriceFormat, ConsoleErrPriceRange, ConsoleErrWasPriceHigher,
	ConsoleErrDate, ConsoleErrValidTo, ConsoleErrPriority, ConsoleErrImage,
	ConsoleErrSeverity, ConsoleErrMinutes,
	AppName, HomeTitle, HomeIntro, OpenKiosk, OpenSignage, KioskTitle,
	SignageTitle, PromotionCount, NoPromotions, Price, WasPrice, ValidUntil,
	LanguageLabel, StatusConnecting, StatusOffline, SlidePosition,
	LocaleName, SkipToContent,
	PairTitle, PairHelp, SeverityInfo, SeverityUrgent, SeverityEmergency,
	CouponTitle, CouponInvalid, CouponInvalidHelp, CouponCodeLabel, CouponQRAlt,
	CouponShowCashier, CouponValidUntil, CouponRedeemed, CouponExpired, CouponVoid,
	CouponWhen,
	// Kiosk.
	KioskStart, KioskMenuTitle, MenuPromotions,
	MenuPromotionsHint, MenuPriceCheck, MenuPriceCheckHint, MenuEvents,
	MenuEventsHint, MenuHelp, MenuHelpHint, NavBack, NavHome, NavLabel,
	SkipToMain, AllOffers, OtherOffers, PageNext, PageFirst, PagePrev, PagePosition, OfferGone, PriceLabel,
	PriceHint, PriceSearch, PriceSearching, PriceResults, PriceShowing,
	PriceNone, PriceAisle, PriceSame, ErrQueryEmpty, ErrQueryTooLong,
	ErrQueryBadText, ErrBarcodeLength, ErrBarcodeDigits, ErrBarcodeCheck,
	ErrNetwork, EventsCount, EventsNone, EventWhen, Weekdays, DayToday,
	DayTomorrow, DayDate, DayDateYear, DayAtTime, EventPlace,
	HelpIntro, CallStaff, StaffComing, StaffAlready, StaffCalling,
	StaffCallFailed, HelpKeysTitle, HelpKeys, HelpModesTitle, HelpModes,
	A11yBarLabel, ModeLarge, ModeContrast, ModeVoice, ModeElder,
	ModeElderExit, ModeOnSay, ModeOffSay, ReadAloud, NoVoice, ChoiceCount,
	IdleTitle, IdleCountdown, IdleWhy, IdleMore,
	// Kiosk coupons.
	MenuCoupons, MenuCouponsHint, CouponsCount, CouponsNone,
	ProductPageTitle, ProductUnknown, ProductUnknownHelp, ProductPerUnit,
	CouponGet, CouponGetFor, CouponWorking, CouponScan, CouponKioskQRAlt,
	CouponCodeSay, CouponRepeat, CouponDone, CouponOthers, CouponTryAgain,
	CouponNotIssued, CouponSoldOut, CouponLimit, CouponNotNow, CouponBusy,
	CouponOffline, CouponNoneShown,
	// Product import.
	ImportAtLine, ImportEmptyFile, ImportNotUTF8, ImportBadCSV,
	ImportNoHeader, ImportUnknownColumn, ImportDuplicateColumn,
	ImportMissingColumn, ImportColumnCount, ImportBadSKU, ImportDuplicateSKU,
	ImportBadBarcode, ImportDuplicateBarcode, ImportBarcodeTaken,
	ImportNoName, ImportBadName, ImportBadPrice, ImportUnknownCategory,
	ImportBadAisle, ImportBadStock, ImportBadUnit, ImportBadValue,
	ImportTooManyRows, ImportTooManyErrors,
	// Signage player, claim page.
	SignageCouponScan, SignageCouponKiosk, SignageCouponQRAlt, SignageDate,
	SignageTicker, ClaimTitle, ClaimWorking, ClaimSoldOut, ClaimEnded,
	ClaimUnknown, ClaimNotNow, ClaimLimit, ClaimBusy, ClaimFailed, ClaimRetry,
}

// Plurals lists the ids that take a count.
var Plurals = []string{PromotionCount, PriceResults, PriceShowing, EventsCount, ChoiceCount, IdleCountdown, CouponsCount}
