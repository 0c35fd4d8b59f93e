package client

import "testing"

func TestDecodeError(t *testing.T) {
	e := decodeError(response{status: 429, retryAfter: "300",
		body: `{"error":{"code":"throttled","message":"too many failed sign-ins"}}`})
	if e.Code != "throttled" || e.Status != 429 || e.RetryAfter != 300 {
		t.Errorf("decodeError = %+v", e)
	}
	e = decodeError(response{status: 502, body: "Bad Gateway"})
	if e.Code != "http" || e.Status != 502 {
		t.Errorf("decodeError(proxy page) = %+v", e)
	}
}
