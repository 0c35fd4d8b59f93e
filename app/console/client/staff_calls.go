package client

import (
	"context"
	"net/url"

	"storecast/app/content"
	"storecast/app/rest"
)

// StaffCalls lists the newest calls for staff from kiosks.
func (c *Client) StaffCalls(ctx context.Context) ([]content.StaffCall, error) {
	var out rest.StaffCallList
	err := c.call(ctx, methodGet, apiBase+"/staff-calls", nil, &out)
	return out.Calls, err
}

// AnswerStaffCall marks a call for staff taken.
func (c *Client) AnswerStaffCall(ctx context.Context, id string) error {
	return c.call(ctx, methodPost, apiBase+"/staff-calls/"+url.PathEscape(id)+"/answer", nil, nil)
}
