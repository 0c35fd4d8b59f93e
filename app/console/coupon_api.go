package console

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/rest"
)

// Campaigns lists every coupon campaign with its live report.
func (c *Client) Campaigns(ctx context.Context) ([]rest.CampaignWithReport, error) {
	var out rest.CampaignList
	err := c.call(ctx, methodGet, apiBase+"/campaigns", nil, &out)
	return out.Campaigns, err
}

// SaveCampaign creates (id "") or replaces a campaign.
func (c *Client) SaveCampaign(ctx context.Context, id string, in rest.CampaignInput) (content.Campaign, error) {
	var out content.Campaign
	if id == "" {
		return out, c.call(ctx, methodPost, apiBase+"/campaigns", in, &out)
	}
	return out, c.call(ctx, methodPut, apiBase+"/campaigns/"+url.PathEscape(id), in, &out)
}

// Redeem uses a coupon at the till: the code, or the whole coupon URL.
func (c *Client) Redeem(ctx context.Context, code string) (rest.Redemption, error) {
	var out rest.Redemption
	err := c.call(ctx, methodPost, apiBase+"/redemptions", rest.RedeemInput{Code: code}, &out)
	return out, err
}

// Redemptions lists what the signed-in cashier redeemed, newest first.
func (c *Client) Redemptions(ctx context.Context) ([]content.Coupon, error) {
	var out rest.RedemptionList
	err := c.call(ctx, methodGet, apiBase+"/redemptions", nil, &out)
	return out.Redemptions, err
}

// StaffCalls lists the newest calls for staff from kiosks.
func (c *Client) StaffCalls(ctx context.Context) ([]content.StaffCall, error) {
	var out rest.StaffCallList
	err := c.call(ctx, methodGet, apiBase+"/staff-calls", nil, &out)
	return out.Calls, err
}

// ImportProducts sends a CSV file (a browser File) as the raw body. A file
// with bad rows comes back as rows (and nothing imported); err is for
// everything else.
func (c *Client) ImportProducts(ctx context.Context, file app.Value, locale string) (rest.ImportResult, []content.ImportError, error) {
	var res rest.ImportResult
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
		var bad rest.ImportRejected
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
