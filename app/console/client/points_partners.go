package client

import (
	"context"
	"net/url"

	"storecast/app/rest"
)

// Partners lists the partner merchants, paused ones too.
func (c *Client) Partners(ctx context.Context) ([]rest.PointsPartner, error) {
	var out rest.PointsPartners
	err := c.call(ctx, methodGet, apiBase+"/points/partners", nil, &out)
	return out.Partners, err
}

// SavePartner adds or replaces a partner merchant.
func (c *Client) SavePartner(ctx context.Context, p rest.PointsPartner) (rest.PointsPartner, error) {
	var out rest.PointsPartner
	err := c.call(ctx, methodPut, apiBase+"/points/partners/"+url.PathEscape(p.ID), p, &out)
	return out, err
}

// PausePartner stops exchanges with a partner; it stays listed.
func (c *Client) PausePartner(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/points/partners/"+url.PathEscape(id), nil, nil)
}

// SettlementURL is the settlement's address from day from to day to; csv
// asks for the spreadsheet.
func SettlementURL(from, to string, csv bool) string {
	q := url.Values{"from": {from}, "to": {to}}
	if csv {
		q.Set("format", "csv")
	}
	return apiBase + "/points/settlement?" + q.Encode()
}

// Settlement sums the exchanges per day and partner from day from to
// day to.
func (c *Client) Settlement(ctx context.Context, from, to string) ([]rest.PointsSettlement, error) {
	var out rest.PointsSettlements
	err := c.call(ctx, methodGet, SettlementURL(from, to, false), nil, &out)
	return out.Days, err
}
