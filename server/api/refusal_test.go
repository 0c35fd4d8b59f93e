package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/server/store"
)

func TestRefusals(t *testing.T) {
	tests := []struct {
		err        error
		status     int
		code       string
		retryAfter string
	}{
		{fmt.Errorf("store: search products: %w", store.ErrOverloaded), http.StatusServiceUnavailable, "overloaded", "1"},
		{fmt.Errorf("store: search products: %w", store.ErrQueryTooLong), http.StatusUnprocessableEntity, "too_long", ""},
		{content.ErrQueryTooLong, http.StatusUnprocessableEntity, "too_long", ""},
		{fmt.Errorf("store: update promotion: %w", store.ErrFromHQ), http.StatusConflict, "from_hq", ""},
		{fmt.Errorf("store: coupon: %w", store.ErrNotFound), 0, "", ""}, // the handler's to answer
	}
	for _, tt := range tests {
		t.Run(tt.err.Error(), func(t *testing.T) {
			w := httptest.NewRecorder()
			answered := refusal(w, tt.err)
			if answered != (tt.status != 0) {
				t.Fatalf("refusal answered = %v; want %v", answered, tt.status != 0)
			}
			if !answered {
				return
			}
			var body struct {
				Error struct{ Code string } `json:"error"`
			}
			json.Unmarshal(w.Body.Bytes(), &body)
			if w.Code != tt.status || body.Error.Code != tt.code {
				t.Errorf("answer = %d %q; want %d %q", w.Code, body.Error.Code, tt.status, tt.code)
			}
			if got := w.Header().Get("Retry-After"); got != tt.retryAfter {
				t.Errorf("Retry-After = %q; want %q", got, tt.retryAfter)
			}
		})
	}
}

// TestSearchTooLongIs422: a search longer than the store takes is refused
// with 422 and says how long one may be.
func TestSearchTooLongIs422(t *testing.T) {
	e := newEnv(t)
	for _, query := range []string{
		"q=" + strings.Repeat("x", content.MaxQueryRunes+1),
		"q=" + url.QueryEscape(strings.Repeat("牛", content.MaxQueryRunes+1)),
		"q=" + strings.Repeat("x", 5000),
		"barcode=" + strings.Repeat("1", 65),
	} {
		code, body := e.do(t, "GET", "/api/v1/kiosk/products?"+query, "", "")
		if code != http.StatusUnprocessableEntity || !strings.Contains(body, `"too_long"`) || !strings.Contains(body, "64 characters") {
			t.Errorf("%.20s…: %d %s; want 422 too_long saying 64 characters", query, code, body)
		}
	}
}
