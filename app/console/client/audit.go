package client

import (
	"context"
	"net/url"
	"strconv"

	"storecast/app/rest"
)

// Audit returns up to limit entries older than entry before (0: newest).
func (c *Client) Audit(ctx context.Context, before int64, limit int) ([]rest.AuditEntry, error) {
	q := url.Values{"limit": {strconv.Itoa(limit)}}
	if before > 0 {
		q.Set("before", strconv.FormatInt(before, 10))
	}
	var out rest.AuditLog
	err := c.call(ctx, methodGet, apiBase+"/audit?"+q.Encode(), nil, &out)
	return out.Entries, err
}
