// Package client is the staff console's REST client: every call the
// console makes to /api/v1, over the browser's own fetch (fetch.go), one
// file per area of the API. Bodies are app/rest's and app/content's types;
// a refusal is an *APIError, no answer at all is ErrNetwork.
//
// Every call blocks until the answer is in: call it from ctx.Async, never
// from an event handler or Render.
package client

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const apiBase = "/api/v1"

// Client calls the staff API from the browser. The session cookie is
// HttpOnly and rides along by itself; the CSRF token lives only here, in
// memory, and goes with every change.
type Client struct {
	csrf string
	// SignedOut runs when the server says the session is gone (401), so
	// the console can go back to the sign-in form.
	SignedOut func()
}

// call sends a JSON body (when in is not nil) and decodes a JSON answer
// into out (when not nil).
func (c *Client) call(ctx context.Context, method, path string, in, out any) error {
	var body any
	headers := map[string]any{"Accept": "application/json"}
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("client: %s %s: %w", method, path, err)
		}
		body = string(b)
		headers["Content-Type"] = "application/json"
	}
	return c.send(ctx, method, path, headers, body, out)
}

// upload sends file (a browser File) as the raw request body.
func (c *Client) upload(ctx context.Context, path string, file app.Value, out any) error {
	headers := map[string]any{"Accept": "application/json"}
	if t := file.Get("type").String(); t != "" {
		headers["Content-Type"] = t
	}
	return c.send(ctx, methodPost, path, headers, file, out)
}

func (c *Client) send(ctx context.Context, method, path string, headers map[string]any, body, out any) error {
	err := c.once(ctx, method, path, headers, body, out)
	if e, ok := err.(*APIError); ok && e.Code == "csrf" {
		// Another tab signed in again and replaced the session: take its
		// token and try once more.
		if _, merr := c.Me(ctx); merr == nil {
			err = c.once(ctx, method, path, headers, body, out)
		}
	}
	return err
}

func (c *Client) once(ctx context.Context, method, path string, headers map[string]any, body, out any) error {
	if method != methodGet && c.csrf != "" {
		headers["X-CSRF-Token"] = c.csrf
	}
	res, err := fetch(ctx, method, path, headers, body)
	if err != nil {
		return err
	}
	if res.status >= 200 && res.status < 300 {
		if out == nil || res.body == "" {
			return nil
		}
		if err := json.Unmarshal([]byte(res.body), out); err != nil {
			return fmt.Errorf("client: %s %s: %w", method, path, err)
		}
		return nil
	}
	return c.refused(res)
}
