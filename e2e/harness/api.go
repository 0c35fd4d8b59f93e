package harness

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// StatusError is an API answer of 300 or more.
type StatusError struct {
	Method, Path string
	Code         int
	Body         string // the start of the answer
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("harness: %s %s = %d: %s", e.Method, e.Path, e.Code, e.Body)
}

// callWait bounds one API call: a server that hangs fails the call, not
// the whole run.
const callWait = 30 * time.Second

// Call calls the JSON API with the admin token, sending body as JSON when
// it is not nil and decoding a successful answer into out when out is not
// nil. It returns the status code; an answer of 300 or more is also a
// *StatusError.
func (s *Server) Call(ctx context.Context, method, path string, body, out any) (int, error) {
	return s.CallAs(ctx, s.Token, method, path, body, out)
}

// CallAs is Call with token, or with no credential when token is "": a
// kiosk's claim, where any token but a live device's is refused.
func (s *Server) CallAs(ctx context.Context, token, method, path string, body, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, fmt.Errorf("harness: %s %s: %w", method, path, err)
		}
		rd = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(ctx, callWait)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, s.URL+path, rd)
	if err != nil {
		return 0, fmt.Errorf("harness: %s %s: %w", method, path, err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("harness: %s %s: %w", method, path, err)
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(res.Body, 1024))
		return res.StatusCode, &StatusError{Method: method, Path: path, Code: res.StatusCode, Body: string(msg)}
	}
	if out == nil {
		_, err = io.Copy(io.Discard, res.Body)
		return res.StatusCode, err
	}
	if err := json.NewDecoder(res.Body).Decode(out); err != nil {
		return res.StatusCode, fmt.Errorf("harness: %s %s: decode: %w", method, path, err)
	}
	return res.StatusCode, nil
}
