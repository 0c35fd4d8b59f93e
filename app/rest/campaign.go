package rest

import (
	"time"

	"storecast/app/content"
)

// CampaignReport counts a campaign's coupons now.
type CampaignReport struct {
	Claimed  int     `json:"claimed"`
	Redeemed int     `json:"redeemed"`
	Expired  int     `json:"expired"`
	Void     int     `json:"void"`
	Rate     float64 `json:"redemption_rate"` // redeemed / claimed
}

// CampaignWithReport is a campaign with its live counts (GET
// /campaigns/{id}, and each of the list).
type CampaignWithReport struct {
	content.Campaign
	Report CampaignReport `json:"report"`
}

// CampaignList is GET /campaigns.
type CampaignList struct {
	Campaigns []CampaignWithReport `json:"campaigns"`
}

// CampaignInput is what staff set on a campaign (POST, PUT /campaigns).
type CampaignInput struct {
	Title         content.Text `json:"title"`
	Offer         content.Text `json:"offer"`
	Quantity      int          `json:"quantity"`
	PerDevice     int          `json:"per_device"`
	WindowMinutes int          `json:"window_minutes"`
	ValidFrom     *time.Time   `json:"valid_from,omitempty"`
	ValidTo       *time.Time   `json:"valid_to,omitempty"`
	CouponMinutes int          `json:"coupon_minutes"`
	Groups        []string     `json:"groups,omitempty"`
	Status        string       `json:"status"`
	Promotion     string       `json:"promotion,omitempty"`
}
