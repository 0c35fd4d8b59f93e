package client

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/rest"
)

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
			return res, nil, fmt.Errorf("client: import products: %w", err)
		}
		return res, nil, nil
	case r.status == statusUnprocessableEntity:
		var bad rest.ImportRejected
		if err := json.Unmarshal([]byte(r.body), &bad); err == nil && len(bad.Errors) > 0 {
			return res, bad.Errors, nil
		}
	}
	return res, nil, c.refused(r)
}
