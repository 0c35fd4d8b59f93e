package client

import (
	"context"

	"storecast/app/rest"
)

// Me asks who is signed in, and keeps the session's CSRF token.
func (c *Client) Me(ctx context.Context) (rest.Me, error) {
	var m rest.Me
	err := c.call(ctx, methodGet, apiBase+"/auth/me", nil, &m)
	if err == nil {
		c.csrf = m.CSRF
	}
	return m, err
}

// Login signs in with a password; the server sets the session cookie.
func (c *Client) Login(ctx context.Context, username, password string) (rest.Me, error) {
	var m rest.Me
	err := c.call(ctx, methodPost, apiBase+"/auth/login", rest.Credentials{Username: username, Password: password}, &m)
	if err == nil {
		c.csrf = m.CSRF
	}
	return m, err
}

// Logout ends the session.
func (c *Client) Logout(ctx context.Context) error {
	err := c.call(ctx, methodPost, apiBase+"/auth/logout", nil, nil)
	c.csrf = ""
	return err
}

// NeedsSetup says whether the first admin has yet to be created.
func (c *Client) NeedsSetup(ctx context.Context) (bool, error) {
	var out rest.SetupStatus
	err := c.call(ctx, methodGet, apiBase+"/auth/setup", nil, &out)
	return out.NeedsSetup, err
}

// Setup creates the first admin with the data directory's setup token.
func (c *Client) Setup(ctx context.Context, token, username, password string) error {
	return c.call(ctx, methodPost, apiBase+"/auth/setup",
		rest.Setup{Token: token, Credentials: rest.Credentials{Username: username, Password: password}}, nil)
}

// ChangePassword changes the caller's password; the server then ends every
// session of theirs.
func (c *Client) ChangePassword(ctx context.Context, current, next string) error {
	return c.call(ctx, methodPost, apiBase+"/auth/password", rest.PasswordChange{Current: current, New: next}, nil)
}
