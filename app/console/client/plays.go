package client

import (
	"context"
	"net/url"

	"storecast/app/rest"
)

// PlayReportURL is the report's address; csv asks for the spreadsheet.
func PlayReportURL(from, to string, csv bool) string {
	q := url.Values{}
	if from != "" {
		q.Set("from", from)
	}
	if to != "" {
		q.Set("to", to)
	}
	if csv {
		q.Set("format", "csv")
	}
	return apiBase + "/plays/report?" + q.Encode()
}

// PlayReport counts plays per day, screen and slide from day from to day to.
func (c *Client) PlayReport(ctx context.Context, from, to string) ([]rest.PlayRow, error) {
	var out rest.PlayReport
	err := c.call(ctx, methodGet, PlayReportURL(from, to, false), nil, &out)
	return out.Plays, err
}
