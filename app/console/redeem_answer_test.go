package console

import (
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

func TestAnswerIsUnmistakable(t *testing.T) {
	at := time.Date(2026, 12, 1, 9, 30, 0, 0, time.Local)
	cp := &content.Coupon{Code: "SC-003R-J066-N6R3", Title: content.Text{"en": "10% off fruit"}, Offer: content.Text{"en": "Any fruit"}, RedeemedAt: &at, RedeemedBy: "li"}
	tests := []struct {
		r        rest.Redemption
		kind     string
		head     string
		contains string
	}{
		{rest.Redemption{Outcome: "redeemed", Coupon: cp}, "redeemed", "Redeemed: give the offer", "Any fruit"},
		{rest.Redemption{Outcome: "already_redeemed", Coupon: cp}, "already_redeemed", "Already redeemed: do not give the offer", "Redeemed 09:30 "},
		{rest.Redemption{Outcome: "expired", Coupon: cp}, "expired", "Expired: do not give the offer", "10% off fruit"},
		{rest.Redemption{Outcome: "void", Coupon: cp}, "void", "Void: do not give the offer", "SC-003R-J066-N6R3"},
		{rest.Redemption{Outcome: "invalid", Coupon: nil}, "invalid", "Not a valid code: do not give the offer", "Code: sc-0000"},
		{rest.Redemption{Outcome: "hq_unreachable", Coupon: nil}, "hq_unreachable", "Head office cannot be reached: do not give the offer yet", "try again in a minute"},
		{rest.Redemption{Outcome: "something new", Coupon: nil}, "invalid", "Not a valid code: do not give the offer", ""},
	}
	icons := map[string]bool{}
	for _, tt := range tests {
		a := Answer("en", tt.r, "sc-0000")
		if a.Kind != tt.kind || a.Headline != tt.head || a.Icon == "" {
			t.Errorf("Answer(%s) = %+v; want kind %s, headline %q and an icon", tt.r.Outcome, a, tt.kind, tt.head)
		}
		if !strings.Contains(strings.Join(a.Details, "\n"), tt.contains) {
			t.Errorf("Answer(%s) details = %q; want %q", tt.r.Outcome, a.Details, tt.contains)
		}
		icons[a.Kind+a.Icon] = true
	}
	if Answer("en", rest.Redemption{Outcome: "redeemed", Coupon: cp}, "").Icon == Answer("en", rest.Redemption{Outcome: "already_redeemed", Coupon: cp}, "").Icon {
		t.Error("redeemed and already redeemed share an icon")
	}
}
