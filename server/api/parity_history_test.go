package api

import (
	"encoding/json"
	"net/http"
	"testing"

	"storecast/app/rest"
)

// TestParityHistory answers one entry per day, the batch's count on the
// last (today), and refuses days out of range.
func TestParityHistory(t *testing.T) {
	e := newEnv(t)
	tok := catalogueToken(t, e)
	if code, body, _ := e.batch(t, tok, "", `{"products":[{"sku":"A1","name":{"en":"Apples"},"price":690,"online_price":650},{"sku":"A2","name":{"en":"Pears"},"price":100,"online_price":100}]}`); code != http.StatusOK {
		t.Fatalf("batch = %d %s; want 200", code, body)
	}
	code, body := e.do(t, "GET", "/api/v1/parity/history", "")
	var h rest.ParityHistory
	if err := json.Unmarshal([]byte(body), &h); err != nil || code != http.StatusOK {
		t.Fatalf("history = %d %s, %v; want 200", code, body, err)
	}
	if len(h.Days) != defaultParityDays {
		t.Fatalf("got %d days; want %d", len(h.Days), defaultParityDays)
	}
	if last := h.Days[len(h.Days)-1]; last.Mismatches == nil || *last.Mismatches != 1 {
		t.Errorf("today = %+v; want 1 mismatch", last)
	}
	if first := h.Days[0]; first.Mismatches != nil {
		t.Errorf("first day = %+v; want not counted", first)
	}
	for _, q := range []string{"0", "367", "x", "-3"} {
		if code, body := e.do(t, "GET", "/api/v1/parity/history?days="+q, ""); code != http.StatusBadRequest {
			t.Errorf("days=%s = %d %s; want 400", q, code, body)
		}
	}
}
