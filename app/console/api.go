package console

import (
	"context"
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/rest"
)

const apiBase = "/api/v1"

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

// Promotions lists every promotion in display order.
func (c *Client) Promotions(ctx context.Context) ([]content.Promotion, error) {
	var out rest.PromotionList
	err := c.call(ctx, methodGet, apiBase+"/promotions", nil, &out)
	return out.Promotions, err
}

// SavePromotion creates (id "") or replaces a promotion.
func (c *Client) SavePromotion(ctx context.Context, id string, in rest.PromotionInput) (content.Promotion, error) {
	var p content.Promotion
	if id == "" {
		return p, c.call(ctx, methodPost, apiBase+"/promotions", in, &p)
	}
	return p, c.call(ctx, methodPut, apiBase+"/promotions/"+url.PathEscape(id), in, &p)
}

// DeletePromotion removes a promotion from every screen.
func (c *Client) DeletePromotion(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/promotions/"+url.PathEscape(id), nil, nil)
}

// Upload stores a browser File in the media library and returns its URL.
func (c *Client) Upload(ctx context.Context, file app.Value) (string, error) {
	var out rest.MediaUploaded
	err := c.upload(ctx, apiBase+"/media", file, &out)
	return out.URL, err
}

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

// Users lists the staff accounts.
func (c *Client) Users(ctx context.Context) ([]rest.User, error) {
	var out rest.UserList
	err := c.call(ctx, methodGet, apiBase+"/users", nil, &out)
	return out.Users, err
}

// AddUser creates a staff account.
func (c *Client) AddUser(ctx context.Context, username, password, role string) error {
	return c.call(ctx, methodPost, apiBase+"/users",
		rest.UserInput{Credentials: rest.Credentials{Username: username, Password: password}, Role: role}, nil)
}

// DeleteUser removes a staff account.
func (c *Client) DeleteUser(ctx context.Context, id string) error {
	return c.call(ctx, methodDelete, apiBase+"/users/"+url.PathEscape(id), nil, nil)
}

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
