package client

import (
	"context"
	"net/url"

	"storecast/app/content"
	"storecast/app/rest"
)

// Overrides lists the overrides in force.
func (c *Client) Overrides(ctx context.Context) ([]content.Override, error) {
	var out rest.OverrideList
	err := c.call(ctx, methodGet, apiBase+"/overrides", nil, &out)
	return out.Overrides, err
}

// SetOverride pushes an override to the screens it targets.
func (c *Client) SetOverride(ctx context.Context, in rest.OverrideInput) error {
	return c.call(ctx, methodPost, apiBase+"/overrides", in, nil)
}

// ClearOverride ends an override now.
func (c *Client) ClearOverride(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/overrides/"+url.PathEscape(id), nil, nil)
}
