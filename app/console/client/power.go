package client

import (
	"context"

	"storecast/app/content"
)

// Power reads the screens' opening hours per group.
func (c *Client) Power(ctx context.Context) (content.Power, error) {
	var p content.Power
	err := c.call(ctx, methodGet, apiBase+"/power", nil, &p)
	return p, err
}

// SetPower replaces the screens' opening hours.
func (c *Client) SetPower(ctx context.Context, p content.Power) error {
	return c.call(ctx, methodPut, apiBase+"/power", p, nil)
}

// ScreenState reads the state every screen draws from, for the live view.
func (c *Client) ScreenState(ctx context.Context) (content.Snapshot, error) {
	var s content.Snapshot
	err := c.call(ctx, methodGet, apiBase+"/screens/state", nil, &s)
	return s, err
}
