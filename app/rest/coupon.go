package rest

import "storecast/app/content"

// ClaimInput asks for a coupon of a campaign (POST /kiosk/claims). A
// paired kiosk is known by its device token; an anonymous one by Install,
// the random id its page keeps.
type ClaimInput struct {
	Campaign string `json:"campaign"`
	Install  string `json:"install"`
}

// Claimed is the coupon a claim issued, and the path of its QR code.
type Claimed struct {
	Coupon content.Coupon `json:"coupon"`
	QR     string         `json:"qr"`
}

// RedeemInput is a code at the till (POST /redemptions): the code, or the
// whole coupon URL a scanner typed.
type RedeemInput struct {
	Code string `json:"code"`
}

// Redemption outcomes, for the till to show unmistakably.
const (
	OutcomeRedeemed        = "redeemed"
	OutcomeAlreadyRedeemed = "already_redeemed"
	OutcomeExpired         = "expired"
	OutcomeVoid            = "void"
	OutcomeInvalid         = "invalid"
	// OutcomeUnreachable is a chain coupon (CH-) while head office, which
	// alone redeems it, cannot be reached: nothing was redeemed, and the
	// coupon stays valid for a later try.
	OutcomeUnreachable = "hq_unreachable"
)

// Redemption is the till's answer for one code; an invalid code has no
// coupon.
type Redemption struct {
	Coupon  *content.Coupon `json:"coupon,omitempty"`
	Outcome string          `json:"outcome"`
}

// RedemptionList is GET /redemptions: what the signed-in cashier redeemed,
// newest first.
type RedemptionList struct {
	Redemptions []content.Coupon `json:"redemptions"`
}
