package client

import (
	"context"
	"net/url"
	"strconv"

	"storecast/app/rest"
)

// PointsRules reads the earning rules in force.
func (c *Client) PointsRules(ctx context.Context) (rest.PointsRules, error) {
	var out rest.PointsRules
	err := c.call(ctx, methodGet, apiBase+"/points/rules", nil, &out)
	return out, err
}

// SavePointsRules replaces the earning rules; a chain store's are head
// office's (409 rules_at_hq).
func (c *Client) SavePointsRules(ctx context.Context, r rest.PointsRules) (rest.PointsRules, error) {
	var out rest.PointsRules
	err := c.call(ctx, methodPut, apiBase+"/points/rules", r, &out)
	return out, err
}

// PointsItems lists the points catalogue, cheapest first.
func (c *Client) PointsItems(ctx context.Context) ([]rest.PointsItem, error) {
	var out rest.PointsItems
	err := c.call(ctx, methodGet, apiBase+"/points/items", nil, &out)
	return out.Items, err
}

// SavePointsItem adds (id "") or changes a catalogue item.
func (c *Client) SavePointsItem(ctx context.Context, id string, in rest.PointsItemInput) (rest.PointsItem, error) {
	var out rest.PointsItem
	if id == "" {
		return out, c.call(ctx, methodPost, apiBase+"/points/items", in, &out)
	}
	return out, c.call(ctx, methodPut, apiBase+"/points/items/"+url.PathEscape(id), in, &out)
}

// DeletePointsItem takes an item off the catalogue.
func (c *Client) DeletePointsItem(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/points/items/"+url.PathEscape(id), nil, nil)
}

// PointsMember looks a member up by the code their phone shows.
func (c *Client) PointsMember(ctx context.Context, code string) (rest.PointsMember, error) {
	var out rest.PointsMember
	err := c.call(ctx, methodGet, memberPath(code), nil, &out)
	return out, err
}

// PointsHistory is a page of a member's entries, newest first, those
// before seq before (0: the newest).
func (c *Client) PointsHistory(ctx context.Context, code string, before int64) (rest.PointsHistory, error) {
	var out rest.PointsHistory
	path := memberPath(code) + "/entries"
	if before > 0 {
		path += "?before=" + strconv.FormatInt(before, 10)
	}
	err := c.call(ctx, methodGet, path, nil, &out)
	return out, err
}

// DeletePointsMember deletes a membership and its ledger, at the member's
// request.
func (c *Client) DeletePointsMember(ctx context.Context, code string) error {
	return c.call(ctx, methodDelete, memberPath(code), nil, nil)
}

// EarnPoints records a receipt's earn. The receipt id is its key: sent
// again it answers the first entry, Replayed; a chain store whose head
// office is away answers Queued.
func (c *Client) EarnPoints(ctx context.Context, in rest.PointsEarnInput) (rest.PointsPosted, error) {
	var out rest.PointsPosted
	err := c.call(ctx, methodPost, apiBase+"/points/earns", in, &out)
	return out, err
}

func memberPath(code string) string { return apiBase + "/points/members/" + url.PathEscape(code) }
