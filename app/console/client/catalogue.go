package client

import (
	"context"
	"net/url"

	"storecast/app/rest"
)

// Parity lists the products priced differently online or for delivery
// than in store.
func (c *Client) Parity(ctx context.Context) (rest.ParityList, error) {
	var out rest.ParityList
	err := c.call(ctx, methodGet, apiBase+"/parity", nil, &out)
	return out, err
}

// ParityCSVURL is the parity report as a CSV download, names in locale;
// the session cookie goes with a same-origin link.
func ParityCSVURL(locale string) string {
	return apiBase + "/parity?" + url.Values{"format": {"csv"}, "lang": {locale}}.Encode()
}

// MissedSearches lists the price check's searches that found nothing.
func (c *Client) MissedSearches(ctx context.Context) ([]rest.MissedSearch, error) {
	var out rest.MissedSearchList
	err := c.call(ctx, methodGet, apiBase+"/reports/missed-searches", nil, &out)
	return out.Searches, err
}
