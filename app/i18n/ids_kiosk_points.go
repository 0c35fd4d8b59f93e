package i18n

// The kiosk's "My points": a member links their code, sees their balance
// and exchanges points for a coupon.
const (
	MenuPoints     = "MenuPoints"
	MenuPointsHint = "MenuPointsHint"
	PointsScan     = "PointsScan"
	// PointsKeypadHint: the code screen's keypad types a member code, not a
	// product's name.
	PointsKeypadHint = "PointsKeypadHint"
	PointsCodeLabel  = "PointsCodeLabel"
	PointsLink       = "PointsLink"
	PointsWorking    = "PointsWorking"
	PointsBadCode    = "PointsBadCode"
	PointsBalance    = "PointsBalance"
	PointsExpiring   = "PointsExpiring"
	PointsNoItems    = "PointsNoItems"
	PointsPrice      = "PointsPrice"
	PointsShort      = "PointsShort"
	PointsConfirm    = "PointsConfirm"
	PointsYes        = "PointsYes"
	PointsNo         = "PointsNo"
	PointsRefunded   = "PointsRefunded"
)

var pointsIDs = []string{
	MenuPoints, MenuPointsHint, PointsScan, PointsKeypadHint, PointsCodeLabel, PointsLink,
	PointsWorking, PointsBadCode, PointsBalance, PointsExpiring,
	PointsNoItems, PointsPrice, PointsShort, PointsConfirm, PointsYes,
	PointsNo, PointsRefunded,
}

func init() { IDs = append(IDs, pointsIDs...) }
