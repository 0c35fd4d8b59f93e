package i18n

// Console coupons, redemptions, product import and staff calls.
const (
	ConsoleNavRedeem             = "ConsoleNavRedeem"
	ConsoleNavCoupons            = "ConsoleNavCoupons"
	ConsoleNavProducts           = "ConsoleNavProducts"
	ConsoleRedeemCode            = "ConsoleRedeemCode"
	ConsoleRedeemHint            = "ConsoleRedeemHint"
	ConsoleRedeemSubmit          = "ConsoleRedeemSubmit"
	ConsoleRedeemEmpty           = "ConsoleRedeemEmpty"
	ConsoleRedeemOK              = "ConsoleRedeemOK"
	ConsoleRedeemAlready         = "ConsoleRedeemAlready"
	ConsoleRedeemAlreadyWhen     = "ConsoleRedeemAlreadyWhen"
	ConsoleRedeemExpired         = "ConsoleRedeemExpired"
	ConsoleRedeemExpiredWhen     = "ConsoleRedeemExpiredWhen"
	ConsoleRedeemVoid            = "ConsoleRedeemVoid"
	ConsoleRedeemInvalid         = "ConsoleRedeemInvalid"
	ConsoleRedeemInvalidHelp     = "ConsoleRedeemInvalidHelp"
	ConsoleRedeemCodeWas         = "ConsoleRedeemCodeWas"
	ConsoleRedeemUnreachable     = "ConsoleRedeemUnreachable"
	ConsoleRedeemUnreachableHelp = "ConsoleRedeemUnreachableHelp"
	ConsoleRedeemMine            = "ConsoleRedeemMine"
	ConsoleRedeemNone            = "ConsoleRedeemNone"
	ConsoleCampaignNew           = "ConsoleCampaignNew"
	ConsoleCampaignEdit          = "ConsoleCampaignEdit"
	ConsoleCampaignNone          = "ConsoleCampaignNone"
	ConsoleCampaignTitle         = "ConsoleCampaignTitle"
	ConsoleCampaignTitleHint     = "ConsoleCampaignTitleHint"
	ConsoleCampaignOffer         = "ConsoleCampaignOffer"
	ConsoleCampaignQuantity      = "ConsoleCampaignQuantity"
	ConsoleCampaignQuantityHint  = "ConsoleCampaignQuantityHint"
	ConsoleCampaignPerDevice     = "ConsoleCampaignPerDevice"
	ConsoleCampaignPerDeviceHint = "ConsoleCampaignPerDeviceHint"
	ConsoleCampaignWindow        = "ConsoleCampaignWindow"
	ConsoleCampaignValidity      = "ConsoleCampaignValidity"
	ConsoleUnit                  = "ConsoleUnit"
	ConsoleUnitHours             = "ConsoleUnitHours"
	ConsoleUnitDays              = "ConsoleUnitDays"
	ConsoleUnitMinutes           = "ConsoleUnitMinutes"
	ConsoleCampaignFrom          = "ConsoleCampaignFrom"
	ConsoleCampaignTo            = "ConsoleCampaignTo"
	ConsoleCampaignStatus        = "ConsoleCampaignStatus"
	ConsoleCampaignDraft         = "ConsoleCampaignDraft"
	ConsoleCampaignLive          = "ConsoleCampaignLive"
	ConsoleCampaignPaused        = "ConsoleCampaignPaused"
	ConsoleCampaignEnded         = "ConsoleCampaignEnded"
	ConsoleCampaignPromotion     = "ConsoleCampaignPromotion"
	ConsoleCampaignPromotionHint = "ConsoleCampaignPromotionHint"
	ConsoleCampaignNoPromotion   = "ConsoleCampaignNoPromotion"
	ConsoleCampaignReport        = "ConsoleCampaignReport"
	ConsoleCampaignLimits        = "ConsoleCampaignLimits"
	ConsoleMinutesN              = "ConsoleMinutesN"
	ConsoleHoursN                = "ConsoleHoursN"
	ConsoleDaysN                 = "ConsoleDaysN"
	ConsoleErrWhole              = "ConsoleErrWhole"
	ConsoleErrBelowClaimed       = "ConsoleErrBelowClaimed"
	ConsoleErrStatus             = "ConsoleErrStatus"
	ConsoleErrPromotion          = "ConsoleErrPromotion"
	ConsoleProductsTitle         = "ConsoleProductsTitle"
	ConsoleProductsIntro         = "ConsoleProductsIntro"
	ConsoleProductsFile          = "ConsoleProductsFile"
	ConsoleProductsUpload        = "ConsoleProductsUpload"
	ConsoleProductsNoFile        = "ConsoleProductsNoFile"
	ConsoleProductsDone          = "ConsoleProductsDone"
	ConsoleProductsErrors        = "ConsoleProductsErrors"
	ConsoleStaffCallsLabel       = "ConsoleStaffCallsLabel"
	ConsoleStaffCall             = "ConsoleStaffCall"
	ConsoleStaffCallAt           = "ConsoleStaffCallAt"
	ConsoleStaffCallDismiss      = "ConsoleStaffCallDismiss"
	ConsoleStaffCallDismissNamed = "ConsoleStaffCallDismissNamed"
)

func init() {
	IDs = append(IDs,
		ConsoleNavRedeem,
		ConsoleNavCoupons,
		ConsoleNavProducts,
		ConsoleRedeemCode,
		ConsoleRedeemHint,
		ConsoleRedeemSubmit,
		ConsoleRedeemEmpty,
		ConsoleRedeemOK,
		ConsoleRedeemAlready,
		ConsoleRedeemAlreadyWhen,
		ConsoleRedeemExpired,
		ConsoleRedeemExpiredWhen,
		ConsoleRedeemVoid,
		ConsoleRedeemInvalid,
		ConsoleRedeemInvalidHelp,
		ConsoleRedeemCodeWas,
		ConsoleRedeemUnreachable,
		ConsoleRedeemUnreachableHelp,
		ConsoleRedeemMine,
		ConsoleRedeemNone,
		ConsoleCampaignNew,
		ConsoleCampaignEdit,
		ConsoleCampaignNone,
		ConsoleCampaignTitle,
		ConsoleCampaignTitleHint,
		ConsoleCampaignOffer,
		ConsoleCampaignQuantity,
		ConsoleCampaignQuantityHint,
		ConsoleCampaignPerDevice,
		ConsoleCampaignPerDeviceHint,
		ConsoleCampaignWindow,
		ConsoleCampaignValidity,
		ConsoleUnit,
		ConsoleUnitHours,
		ConsoleUnitDays,
		ConsoleUnitMinutes,
		ConsoleCampaignFrom,
		ConsoleCampaignTo,
		ConsoleCampaignStatus,
		ConsoleCampaignDraft,
		ConsoleCampaignLive,
		ConsoleCampaignPaused,
		ConsoleCampaignEnded,
		ConsoleCampaignPromotion,
		ConsoleCampaignPromotionHint,
		ConsoleCampaignNoPromotion,
		ConsoleCampaignReport,
		ConsoleCampaignLimits,
		ConsoleMinutesN,
		ConsoleHoursN,
		ConsoleDaysN,
		ConsoleErrWhole,
		ConsoleErrBelowClaimed,
		ConsoleErrStatus,
		ConsoleErrPromotion,
		ConsoleProductsTitle,
		ConsoleProductsIntro,
		ConsoleProductsFile,
		ConsoleProductsUpload,
		ConsoleProductsNoFile,
		ConsoleProductsDone,
		ConsoleProductsErrors,
		ConsoleStaffCallsLabel,
		ConsoleStaffCall,
		ConsoleStaffCallAt,
		ConsoleStaffCallDismiss,
		ConsoleStaffCallDismissNamed,
	)
	Plurals = append(Plurals, ConsoleMinutesN, ConsoleHoursN, ConsoleDaysN)
}
