package client

import (
	"context"

	"storecast/app/rest"
)

// Parity lists the products priced differently online or for delivery
// than in store.
func (c *Client) Parity(ctx context.Context) (rest.ParityList, error) {
	var out rest.ParityList
	err := c.call(ctx, methodGet, apiBase+"/parity", nil, &out)
	return out, err
}

// MissedSearches lists the price check's searches that found nothing.
func (c *Client) MissedSearches(ctx context.Context) ([]rest.MissedSearch, error) {
	var out rest.MissedSearchList
	err := c.call(ctx, methodGet, apiBase+"/reports/missed-searches", nil, &out)
	return out.Searches, err
}
