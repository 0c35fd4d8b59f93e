package markdown

import (
	"testing"
	"time"
	_ "time/tzdata" // the zones whatever the machine has
)

func TestSuggestOnTheStoresDays(t *testing.T) {
	sh, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	// 17:00 UTC on 4 May is 01:00 on 5 May in Shanghai.
	now := time.Date(2026, 5, 4, 17, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		lot        Lot
		pct        int
		price      int64
		suggestion bool
	}{
		{"best before today", Lot{SKU: "A", BestBefore: "2026-05-05", Quantity: 3, Price: 1990}, 50, 990, true},
		{"tomorrow", Lot{SKU: "A", BestBefore: "2026-05-06", Quantity: 3, Price: 1990}, 50, 990, true},
		{"in 3 days", Lot{SKU: "A", BestBefore: "2026-05-08", Quantity: 3, Price: 1990}, 30, 1390, true},
		{"in 4 days", Lot{SKU: "A", BestBefore: "2026-05-09", Quantity: 3, Price: 1990}, 0, 0, false},
		{"yesterday (UTC's today)", Lot{SKU: "A", BestBefore: "2026-05-04", Quantity: 3, Price: 1990}, 0, 0, false},
		{"none left", Lot{SKU: "A", BestBefore: "2026-05-05", Quantity: 0, Price: 1990}, 0, 0, false},
		{"a bad date", Lot{SKU: "A", BestBefore: "5 May", Quantity: 1, Price: 1990}, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DefaultRule.Suggest([]Lot{tt.lot}, now, sh)
			if (len(got) == 1) != tt.suggestion {
				t.Fatalf("suggestions = %+v; want one: %v", got, tt.suggestion)
			}
			if !tt.suggestion {
				return
			}
			if got[0].Percent != tt.pct || got[0].Price != tt.price {
				t.Errorf("got %d %% off at %d; want %d %% at %d", got[0].Percent, got[0].Price, tt.pct, tt.price)
			}
			bb, _ := time.ParseInLocation(time.DateOnly, tt.lot.BestBefore, sh)
			if want := bb.AddDate(0, 0, 1); !got[0].Ends.Equal(want) {
				t.Errorf("ends %v; want %v (the best-before day's end in Shanghai)", got[0].Ends, want)
			}
		})
	}
}

func TestDaysBetweenAcrossDaylightSaving(t *testing.T) {
	be, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	a := time.Date(2026, 3, 28, 0, 0, 0, 0, be)
	b := time.Date(2026, 3, 31, 0, 0, 0, 0, be) // 71 hours later
	if got := daysBetween(a, b); got != 3 {
		t.Errorf("daysBetween = %d; want 3", got)
	}
}
