package i18n

// Linking a member's phone to a kiosk without a scanner: the kiosk's
// My points shows a QR code, the phone's /m/link/{id} page confirms it.
const (
	// PointsLinkQR names the kiosk's QR code (its alternative text too).
	PointsLinkQR     = "PointsLinkQR"
	PointsLinkQRHint = "PointsLinkQRHint"
	MemberLinkTitle  = "MemberLinkTitle"
	MemberLinkIntro  = "MemberLinkIntro"
	MemberLinkButton = "MemberLinkButton"
	MemberLinked     = "MemberLinked"
	MemberLinkGone   = "MemberLinkGone"
	// MemberLinkJoin is told to a phone with no card, with a link to /m.
	MemberLinkJoin     = "MemberLinkJoin"
	MemberLinkJoinLink = "MemberLinkJoinLink"
)

var pointsLinkIDs = []string{PointsLinkQR, PointsLinkQRHint, MemberLinkTitle, MemberLinkIntro,
	MemberLinkButton, MemberLinked, MemberLinkGone, MemberLinkJoin, MemberLinkJoinLink}

func init() { IDs = append(IDs, pointsLinkIDs...) }
