package client

import (
	"context"
	"net/url"

	"storecast/app/rest"
)

// Fleet is every paired screen, live.
func (c *Client) Fleet(ctx context.Context) (rest.Fleet, error) {
	var f rest.Fleet
	err := c.call(ctx, methodGet, apiBase+"/screens", nil, &f)
	return f, err
}

// Pair claims the screen showing in.Code.
func (c *Client) Pair(ctx context.Context, in rest.ScreenInput) error {
	return c.call(ctx, methodPost, apiBase+"/screens", in, nil)
}

// UpdateScreen renames or regroups a screen.
func (c *Client) UpdateScreen(ctx context.Context, id string, in rest.ScreenInput) error {
	return c.call(ctx, methodPut, apiBase+"/screens/"+url.PathEscape(id), in, nil)
}

// RevokeScreen disconnects a screen and forgets its device token.
func (c *Client) RevokeScreen(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/screens/"+url.PathEscape(id), nil, nil)
}

// Command sends "reload" or "identify" to an online screen.
func (c *Client) Command(ctx context.Context, id, name string) error {
	return c.call(ctx, methodPost, apiBase+"/screens/"+url.PathEscape(id)+"/commands", rest.ScreenCommand{Name: name}, nil)
}
