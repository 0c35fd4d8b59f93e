package content

import (
	"fmt"
	"time"
)

// Campaign statuses.
const (
	CampaignDraft  = "draft"
	CampaignLive   = "live"
	CampaignPaused = "paused"
	CampaignEnded  = "ended"
)

// Campaign is a coupon offer: how many coupons, how often one device may
// claim, and how long a claimed coupon stays valid.
type Campaign struct {
	ID            string     `json:"id"`
	Title         Text       `json:"title"`
	Offer         Text       `json:"offer,omitempty"`
	Quantity      int        `json:"quantity"`
	Claimed       int        `json:"claimed"`
	PerDevice     int        `json:"per_device"`     // claims per device per window
	WindowMinutes int        `json:"window_minutes"` // the per-device window
	ValidFrom     *time.Time `json:"valid_from,omitempty"`
	ValidTo       *time.Time `json:"valid_to,omitempty"`
	CouponMinutes int        `json:"coupon_minutes"` // a claimed coupon's life
	Groups        []string   `json:"groups,omitempty"`
	Status        string     `json:"status"`
	Promotion     string     `json:"promotion,omitempty"` // a Promotion id: kiosks offer it on that offer's page
	UpdatedAt     time.Time  `json:"updated_at"`
	// FromHQ says head office sent it: a store of a chain holds it
	// read-only, and changing it answers 409 from_hq. It is read from
	// the store, never taken from a request.
	FromHQ bool `json:"from_hq,omitempty"`
}

// Campaign limits.
const (
	MaxCampaignQuantity = 1_000_000
	MaxCouponMinutes    = 366 * 24 * 60
)

// Validate checks a campaign as staff wrote it.
func (c *Campaign) Validate() error {
	if err := validText("title", c.Title, MaxTitleRunes, true); err != nil {
		return err
	}
	if err := validText("offer", c.Offer, MaxBodyRunes, false); err != nil {
		return err
	}
	if err := checkTimes([]string{"valid_from", "valid_to"}, c.ValidFrom, c.ValidTo); err != nil {
		return err
	}
	switch {
	case c.Quantity < 1 || c.Quantity > MaxCampaignQuantity:
		return &FieldError{"quantity", fmt.Sprintf("must be 1 to %d", MaxCampaignQuantity)}
	case c.PerDevice < 1 || c.PerDevice > 100:
		return &FieldError{"per_device", "must be 1 to 100"}
	case c.WindowMinutes < 1 || c.WindowMinutes > MaxCouponMinutes:
		return &FieldError{"window_minutes", "must be 1 minute to a year"}
	case c.CouponMinutes < 1 || c.CouponMinutes > MaxCouponMinutes:
		return &FieldError{"coupon_minutes", "must be 1 minute to a year"}
	case c.ValidFrom != nil && c.ValidTo != nil && !c.ValidTo.After(*c.ValidFrom):
		return &FieldError{"valid_to", "must be after valid_from"}
	case len(c.Promotion) > 64:
		return &FieldError{"promotion", "must be a promotion id"}
	}
	switch c.Status {
	case CampaignDraft, CampaignLive, CampaignPaused, CampaignEnded:
	default:
		return &FieldError{"status", "must be draft, live, paused or ended"}
	}
	return ValidGroups("groups", c.Groups)
}

// Claimable reports whether a shopper can claim now.
func (c *Campaign) Claimable(now time.Time) bool {
	return c.Status == CampaignLive && c.Claimed < c.Quantity &&
		(c.ValidFrom == nil || !now.Before(*c.ValidFrom)) && (c.ValidTo == nil || now.Before(*c.ValidTo))
}

// ForPromotion returns the first campaign among cs that belongs to the
// promotion with id.
func ForPromotion(cs []Campaign, id string) (Campaign, bool) {
	for _, c := range cs {
		if id != "" && c.Promotion == id {
			return c, true
		}
	}
	return Campaign{}, false
}

// Coupon states as shoppers and cashiers see them.
const (
	CouponIssued   = "issued"
	CouponRedeemed = "redeemed"
	CouponExpired  = "expired"
	CouponVoid     = "void"
)

// Coupon is one claimed coupon, as its page and the till show it.
type Coupon struct {
	Code       string     `json:"code"`
	URL        string     `json:"url"`
	Campaign   string     `json:"campaign"`
	Title      Text       `json:"title"`
	Offer      Text       `json:"offer,omitempty"`
	IssuedAt   time.Time  `json:"issued_at"`
	ExpiresAt  time.Time  `json:"expires_at"`
	Status     string     `json:"status"`
	RedeemedAt *time.Time `json:"redeemed_at,omitempty"`
	RedeemedBy string     `json:"redeemed_by,omitempty"`
}
