package console

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/rest"
)

// Client calls the staff API from the browser. The session cookie is
// HttpOnly and rides along by itself; the CSRF token lives only here, in
// memory, and goes with every change.
type Client struct {
	csrf string
	// SignedOut runs when the server says the session is gone (401), so
	// the console can go back to the sign-in form.
	SignedOut func()
}

// APIError is the server's {"error": {...}} answer, with the status and
// Retry-After it came with.
type APIError struct {
	Status int
	rest.ErrorDetail
	RetryAfter int // seconds, when throttled
}

func (e *APIError) Error() string {
	return fmt.Sprintf("console: %d %s: %s", e.Status, e.Code, e.Message)
}

// call sends a JSON body (when in is not nil) and decodes a JSON answer
// into out (when not nil).
func (c *Client) call(ctx context.Context, method, path string, in, out any) error {
	var body any
	headers := map[string]any{"Accept": "application/json"}
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("console: %s %s: %w", method, path, err)
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
			return fmt.Errorf("console: %s %s: %w", method, path, err)
		}
		return nil
	}
	e := decodeError(res)
	if e.Code == "unauthorized" && c.SignedOut != nil {
		c.csrf = ""
		c.SignedOut()
	}
	return e
}

// decodeError reads the error body; an answer that is not ours (a proxy's
// error page) still becomes an APIError with its status.
func decodeError(res response) *APIError {
	var body rest.ErrorBody
	if err := json.Unmarshal([]byte(res.body), &body); err != nil || body.Error.Code == "" {
		body.Error = rest.ErrorDetail{Code: "http", Message: strings.TrimSpace(res.body)}
	}
	e := &APIError{Status: res.status, ErrorDetail: body.Error}
	e.RetryAfter, _ = strconv.Atoi(res.retryAfter)
	return e
}
