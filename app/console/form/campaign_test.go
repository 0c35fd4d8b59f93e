package form

import (
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

func TestSplitMinutes(t *testing.T) {
	tests := []struct {
		m       int
		n, unit string
	}{
		{1440, "1", UnitDays},
		{7 * 1440, "7", UnitDays},
		{120, "2", UnitHours},
		{90, "90", UnitMinutes},
		{0, "", UnitHours},
	}
	for _, tt := range tests {
		n, unit := SplitMinutes(tt.m)
		if n != tt.n || unit != tt.unit {
			t.Errorf("SplitMinutes(%d) = %s %s; want %s %s", tt.m, n, unit, tt.n, tt.unit)
		}
	}
}

func TestCampaignDraftRoundTrip(t *testing.T) {
	from := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	c := rest.CampaignWithReport{Campaign: content.Campaign{ID: "x", Title: content.Text{"en": "10% off"}, Quantity: 50, PerDevice: 2,
		WindowMinutes: 60, CouponMinutes: 2 * 1440, Status: content.CampaignLive, ValidFrom: &from, Promotion: "p1"}}
	in, ps := NewCampaignDraft(c, time.UTC).Input(time.UTC)
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	if in.Quantity != 50 || in.PerDevice != 2 || in.WindowMinutes != 60 || in.CouponMinutes != 2880 ||
		in.Status != "live" || in.Promotion != "p1" || in.Title["en"] != "10% off" || !in.ValidFrom.Equal(from) {
		t.Errorf("round trip = %+v", in)
	}
}

func TestCampaignDraftProblems(t *testing.T) {
	f := NewCampaignDraft(rest.CampaignWithReport{}, time.UTC)
	f.Quantity, f.PerDevice, f.Validity, f.Status = "0", "abc", "400", "gone"
	_, ps := f.Input(time.UTC)
	for _, name := range []string{"title", "quantity", "per_device", "coupon_minutes", "status"} {
		if _, ok := ps[name]; !ok {
			t.Errorf("no problem for %s in %v", name, ps)
		}
	}
	if got := ps.In("en", "coupon_minutes"); got != "Enter a whole number from 1 to 366." {
		t.Errorf("coupon_minutes problem = %q", got)
	}
}

func TestCampaignDraftRefused(t *testing.T) {
	f := NewCampaignDraft(rest.CampaignWithReport{}, time.UTC)
	ps := f.Refused(rest.ErrorDetail{Code: "invalid", Field: "quantity", Message: "quantity: below what was claimed"}, 422, 0)
	if ps["quantity"].ID != i18n.ConsoleErrBelowClaimed {
		t.Errorf("quantity below claimed = %+v", ps["quantity"])
	}
	ps = f.Refused(rest.ErrorDetail{Code: "invalid", Field: "promotion", Message: "no promotion with id p"}, 422, 0)
	if ps["promotion"].ID != i18n.ConsoleErrPromotion {
		t.Errorf("promotion = %+v", ps["promotion"])
	}
}
