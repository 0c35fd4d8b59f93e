package client

import (
	"context"
	"net/url"

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
