package client

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"storecast/app/rest"
)

// APIError is the server's {"error": {...}} answer, with the status and
// Retry-After it came with.
type APIError struct {
	Status int
	rest.ErrorDetail
	RetryAfter int // seconds, when throttled
}

func (e *APIError) Error() string {
	return fmt.Sprintf("client: %d %s: %s", e.Status, e.Code, e.Message)
}

// refused reads an error answer; when it says the session is gone, the
// client forgets its token and tells SignedOut.
func (c *Client) refused(res response) *APIError {
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
