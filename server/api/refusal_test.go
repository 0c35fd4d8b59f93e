package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"storecast/server/store"
)

func TestStoreRefusals(t *testing.T) {
	tests := []struct {
		err        error
		status     int
		code       string
		retryAfter string
	}{
		{fmt.Errorf("store: search products: %w", store.ErrOverloaded), http.StatusServiceUnavailable, "overloaded", "1"},
		{fmt.Errorf("store: coupon: %w", store.ErrNotFound), 0, "", ""}, // the handler's to answer
	}
	for _, tt := range tests {
		t.Run(tt.err.Error(), func(t *testing.T) {
			w := httptest.NewRecorder()
			answered := storeRefusal(w, tt.err)
			if answered != (tt.status != 0) {
				t.Fatalf("storeRefusal answered = %v; want %v", answered, tt.status != 0)
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
