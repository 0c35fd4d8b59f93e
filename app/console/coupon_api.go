package console

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// CampaignReport is a campaign's live counts.
type CampaignReport struct {
	Claimed  int     `json:"claimed"`
	Redeemed int     `json:"redeemed"`
	Expired  int     `json:"expired"`
	Void     int     `json:"void"`
	Rate     float64 `json:"redemption_rate"` // redeemed / claimed
}

// CampaignWithReport is a campaign as the list shows it.
type CampaignWithReport struct {
	content.Campaign
	// Promotion is the offer the campaign belongs to (kiosks show the
	// coupon on its page); here so the console reads it either way.
	Promotion string         `json:"promotion,omitempty"`
	Report    CampaignReport `json:"report"`
}

// CampaignInput is what the campaign editor sends.
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

// Redemption is the till's answer for one code.
type Redemption struct {
	Outcome string          `json:"outcome"`
	Coupon  *content.Coupon `json:"coupon"`
}

// ImportResult is a product file that went in.
type ImportResult struct {
	Added   int `json:"added"`
	Updated int `json:"updated"`
}

// Campaigns lists every coupon campaign with its live report.
func (c *Client) Campaigns(ctx context.Context) ([]CampaignWithReport, error) {
	var out struct {
		Campaigns []CampaignWithReport `json:"campaigns"`
	}
	err := c.call(ctx, methodGet, apiBase+"/campaigns", nil, &out)
	return out.Campaigns, err
}

// SaveCampaign creates (id "") or replaces a campaign.
func (c *Client) SaveCampaign(ctx context.Context, id string, in CampaignInput) (content.Campaign, error) {
	var out content.Campaign
	if id == "" {
		return out, c.call(ctx, methodPost, apiBase+"/campaigns", in, &out)
	}
	return out, c.call(ctx, methodPut, apiBase+"/campaigns/"+url.PathEscape(id), in, &out)
}

// Redeem uses a coupon at the till: the code, or the whole coupon URL.
func (c *Client) Redeem(ctx context.Context, code string) (Redemption, error) {
	var out Redemption
	err := c.call(ctx, methodPost, apiBase+"/redemptions", map[string]string{"code": code}, &out)
	return out, err
}

// Redemptions lists what the signed-in cashier redeemed, newest first.
func (c *Client) Redemptions(ctx context.Context) ([]content.Coupon, error) {
	var out struct {
		Redemptions []content.Coupon `json:"redemptions"`
	}
	err := c.call(ctx, methodGet, apiBase+"/redemptions", nil, &out)
	return out.Redemptions, err
}

// StaffCalls lists the newest calls for staff from kiosks.
func (c *Client) StaffCalls(ctx context.Context) ([]content.StaffCall, error) {
	var out struct {
		Calls []content.StaffCall `json:"calls"`
	}
	err := c.call(ctx, methodGet, apiBase+"/staff-calls", nil, &out)
	return out.Calls, err
}

// ImportProducts sends a CSV file (a browser File) as the raw body. A file
// with bad rows comes back as rows (and nothing imported); err is for
// everything else.
func (c *Client) ImportProducts(ctx context.Context, file app.Value, locale string) (ImportResult, []content.ImportError, error) {
	var res ImportResult
	path := apiBase + "/products/import?lang=" + url.QueryEscape(locale)
	headers := map[string]any{"Accept": "application/json", "Content-Type": "text/csv"}
	if c.csrf != "" {
		headers["X-CSRF-Token"] = c.csrf
	}
	r, err := fetch(ctx, methodPost, path, headers, file)
	if err != nil {
		return res, nil, err
	}
	switch {
	case r.status >= 200 && r.status < 300:
		if err := json.Unmarshal([]byte(r.body), &res); err != nil {
			return res, nil, fmt.Errorf("console: import: %w", err)
		}
		return res, nil, nil
	case r.status == statusUnprocessableEntity:
		var bad struct {
			Errors []content.ImportError `json:"errors"`
		}
		if err := json.Unmarshal([]byte(r.body), &bad); err == nil && len(bad.Errors) > 0 {
			return res, bad.Errors, nil
		}
	}
	e := decodeError(r)
	if e.Code == "unauthorized" && c.SignedOut != nil {
		c.csrf = ""
		c.SignedOut()
	}
	return res, nil, e
}
