package form

import (
	"testing"
	"time"
)

func TestKioskReach(t *testing.T) {
	loc := time.UTC
	in := func(d time.Duration) string { return time.Now().In(loc).Add(d).Format(dateLayout) }
	tests := []struct {
		name  string
		f     CampaignDraft
		warn  bool
		reach Reach
	}{
		{"one a day for three days, 100 coupons", CampaignDraft{Quantity: "100", PerDevice: "1", Window: "1", WindowUnit: UnitDays, To: in(72*time.Hour + 30*time.Minute)},
			true, Reach{PerKiosk: 4, Kiosks: 25, Quantity: 100}},
		{"one every 2 minutes for a week", CampaignDraft{Quantity: "100", PerDevice: "1", Window: "2", WindowUnit: UnitMinutes, To: in(7 * 24 * time.Hour)},
			false, Reach{}},
		{"no end", CampaignDraft{Quantity: "100", PerDevice: "1", Window: "1", WindowUnit: UnitDays},
			false, Reach{}},
		{"starts later: counted from its start", CampaignDraft{Quantity: "10", PerDevice: "2", Window: "1", WindowUnit: UnitHours,
			From: in(24 * time.Hour), To: in(27 * time.Hour)}, true, Reach{PerKiosk: 6, Kiosks: 2, Quantity: 10}},
		{"already over", CampaignDraft{Quantity: "10", PerDevice: "1", Window: "1", WindowUnit: UnitHours, To: in(-time.Hour)},
			false, Reach{}},
		{"quantity not a number yet", CampaignDraft{Quantity: "ten", PerDevice: "1", Window: "1", WindowUnit: UnitHours, To: in(time.Hour)},
			false, Reach{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warn := tt.f.KioskReach(loc)
			if warn != tt.warn || got != tt.reach {
				t.Errorf("KioskReach = %v, %v; want %v, %v", got, warn, tt.reach, tt.warn)
			}
		})
	}
}
