package client

import (
	"context"
	"net/url"

	"storecast/app/rest"
)

// Tokens lists the caller's API tokens (an admin's list has everyone's).
func (c *Client) Tokens(ctx context.Context) ([]rest.Token, error) {
	var out rest.TokenList
	err := c.call(ctx, methodGet, apiBase+"/tokens", nil, &out)
	return out.Tokens, err
}

// CreateToken makes a token; the secret is in this answer only.
func (c *Client) CreateToken(ctx context.Context, name string) (string, error) {
	var out rest.TokenCreated
	err := c.call(ctx, methodPost, apiBase+"/tokens", rest.TokenInput{Name: name}, &out)
	return out.Secret, err
}

// RevokeToken stops a token working.
func (c *Client) RevokeToken(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/tokens/"+url.PathEscape(id), nil, nil)
}
