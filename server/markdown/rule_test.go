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

func TestParseRule(t *testing.T) {
	tests := []struct {
		in, want string // want "" when the rule is refused
	}{
		{"3:30,1:50", "3:30,1:50"},
		{"1:50, 3:30", "3:30,1:50"},
		{"0:70", "0:70"},
		{"7:10,3:30,1:50,0:70", "7:10,3:30,1:50,0:70"},
		{"3:50,1:30", ""},  // a cut that shrinks as the date nears
		{"3:30,3:40", ""},  // a day twice
		{"31:10", ""},      // too far ahead
		{"1:95", ""},       // a give-away
		{"1:0", ""},        // nothing off
		{"-1:10", ""},      // after the date
		{"", ""},           // no step
		{"3-30", ""},       // not days:percent
		{"3:30,,1:50", ""}, // an empty step
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, err := ParseRule(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Errorf("ParseRule(%q) = %v; want an error", tt.in, r)
				}
				return
			}
			if err != nil || r.String() != tt.want {
				t.Errorf("ParseRule(%q) = %v, %v; want %s", tt.in, r, err, tt.want)
			}
		})
	}
}

// A configured rule with a step on the day itself: the clock moves a lot
// from band to band as the store's days pass.
func TestSuggestAsTheDaysPass(t *testing.T) {
	r, err := ParseRule("5:20,2:40,0:60")
	if err != nil {
		t.Fatal(err)
	}
	lot := Lot{SKU: "B", BestBefore: "2026-05-10", Quantity: 1, Price: 1000}
	for _, tt := range []struct {
		day     int // of May, 12:00 in UTC
		percent int // 0: no suggestion
	}{{4, 0}, {5, 20}, {7, 20}, {8, 40}, {9, 40}, {10, 60}, {11, 0}} {
		now := time.Date(2026, 5, tt.day, 12, 0, 0, 0, time.UTC)
		got := r.Suggest([]Lot{lot}, now, time.UTC)
		pct := 0
		if len(got) == 1 {
			pct = got[0].Percent
			if want := int64(1000 * (100 - tt.percent) / 100); got[0].Price != want {
				t.Errorf("%d May: price %d; want %d", tt.day, got[0].Price, want)
			}
		}
		if pct != tt.percent {
			t.Errorf("%d May: %d %% off; want %d", tt.day, pct, tt.percent)
		}
	}
}
