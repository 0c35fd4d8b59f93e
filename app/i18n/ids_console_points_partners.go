package i18n

// Partner merchants (积分通兑) in the console: the partners view and the
// settlement view.
const (
	ConsoleNavPartners         = "ConsoleNavPartners"
	ConsoleNavSettlement       = "ConsoleNavSettlement"
	ConsolePtPartnersIntro     = "ConsolePtPartnersIntro"
	ConsolePtPartnersNone      = "ConsolePtPartnersNone"
	ConsolePtPartnerNew        = "ConsolePtPartnerNew"
	ConsolePtPartnerEdit       = "ConsolePtPartnerEdit"
	ConsolePtPartnerID         = "ConsolePtPartnerID"
	ConsolePtPartnerIDHint     = "ConsolePtPartnerIDHint"
	ConsolePtPartnerName       = "ConsolePtPartnerName"
	ConsolePtPartnerNameHint   = "ConsolePtPartnerNameHint"
	ConsolePtOutLegend         = "ConsolePtOutLegend"
	ConsolePtInLegend          = "ConsolePtInLegend"
	ConsolePtOurPoints         = "ConsolePtOurPoints"
	ConsolePtTheirPoints       = "ConsolePtTheirPoints"
	ConsolePtRateHint          = "ConsolePtRateHint"
	ConsolePtMemberCap         = "ConsolePtMemberCap"
	ConsolePtPartnerCap        = "ConsolePtPartnerCap"
	ConsolePtState             = "ConsolePtState"
	ConsolePtActive            = "ConsolePtActive"
	ConsolePtOutRate           = "ConsolePtOutRate"
	ConsolePtInRate            = "ConsolePtInRate"
	ConsolePtCaps              = "ConsolePtCaps"
	ConsolePtCapNone           = "ConsolePtCapNone"
	ConsolePtPaused            = "ConsolePtPaused"
	ConsolePtPause             = "ConsolePtPause"
	ConsolePtPauseNamed        = "ConsolePtPauseNamed"
	ConsolePtPauseConfirm      = "ConsolePtPauseConfirm"
	ConsolePtPauseYes          = "ConsolePtPauseYes"
	ConsolePtPausedNote        = "ConsolePtPausedNote"
	ConsolePtErrID             = "ConsolePtErrID"
	ConsolePtErrIDTaken        = "ConsolePtErrIDTaken"
	ConsolePtErrRoundTrip      = "ConsolePtErrRoundTrip"
	ConsolePtSettlementIntro   = "ConsolePtSettlementIntro"
	ConsolePtFrom              = "ConsolePtFrom"
	ConsolePtTo                = "ConsolePtTo"
	ConsolePtShow              = "ConsolePtShow"
	ConsolePtCSV               = "ConsolePtCSV"
	ConsolePtSettlementNone    = "ConsolePtSettlementNone"
	ConsolePtSettlementCaption = "ConsolePtSettlementCaption"
	ConsolePtColDay            = "ConsolePtColDay"
	ConsolePtColPartner        = "ConsolePtColPartner"
	ConsolePtColOutOurs        = "ConsolePtColOutOurs"
	ConsolePtColOutTheirs      = "ConsolePtColOutTheirs"
	ConsolePtColInTheirs       = "ConsolePtColInTheirs"
	ConsolePtColInOurs         = "ConsolePtColInOurs"
	ConsolePtColOwedPoints     = "ConsolePtColOwedPoints"
	ConsolePtColOwedYuan       = "ConsolePtColOwedYuan"
	ConsolePtErrDate           = "ConsolePtErrDate"
	ConsolePtErrRange          = "ConsolePtErrRange"
)

func init() {
	IDs = append(IDs,
		ConsoleNavPartners, ConsoleNavSettlement, ConsolePtPartnersIntro, ConsolePtPartnersNone, ConsolePtPartnerNew, ConsolePtPartnerEdit, ConsolePtPartnerID, ConsolePtPartnerIDHint, ConsolePtPartnerName, ConsolePtPartnerNameHint, ConsolePtOutLegend, ConsolePtInLegend, ConsolePtOurPoints, ConsolePtTheirPoints, ConsolePtRateHint, ConsolePtMemberCap, ConsolePtPartnerCap, ConsolePtState, ConsolePtActive, ConsolePtOutRate, ConsolePtInRate, ConsolePtCaps, ConsolePtCapNone, ConsolePtPaused, ConsolePtPause, ConsolePtPauseNamed, ConsolePtPauseConfirm, ConsolePtPauseYes, ConsolePtPausedNote, ConsolePtErrID, ConsolePtErrIDTaken, ConsolePtErrRoundTrip, ConsolePtSettlementIntro, ConsolePtFrom, ConsolePtTo, ConsolePtShow, ConsolePtCSV, ConsolePtSettlementNone, ConsolePtSettlementCaption, ConsolePtColDay, ConsolePtColPartner, ConsolePtColOutOurs, ConsolePtColOutTheirs, ConsolePtColInTheirs, ConsolePtColInOurs, ConsolePtColOwedPoints, ConsolePtColOwedYuan, ConsolePtErrDate, ConsolePtErrRange,
	)
}
