package client

import (
	"context"

	"storecast/app/content"
	"storecast/app/rest"
)

// StaffCalls lists the newest calls for staff from kiosks.
func (c *Client) StaffCalls(ctx context.Context) ([]content.StaffCall, error) {
	var out rest.StaffCallList
	err := c.call(ctx, methodGet, apiBase+"/staff-calls", nil, &out)
	return out.Calls, err
}
