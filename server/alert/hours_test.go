package alert

import (
	"testing"
	"time"

	"storecast/app/rest"
)

func TestOpenSince(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	at := func(day, hh, mm int) time.Time { return time.Date(2026, 12, day, hh, mm, 0, 0, shanghai) } // 6 Dec 2026 is a Sunday
	day := rest.StoreHours{Open: "08:00", Close: "22:00"}
	night := rest.StoreHours{Open: "20:00", Close: "02:00", Weekdays: []int{5}} // Fridays, into Saturday
	tests := []struct {
		name  string
		h     rest.StoreHours
		now   time.Time
		open  bool
		since time.Time
	}{
		{"before opening", day, at(6, 7, 59), false, time.Time{}},
		{"at opening", day, at(6, 8, 0), true, at(6, 8, 0)},
		{"at closing", day, at(6, 22, 0), false, time.Time{}},
		{"friday night", night, at(4, 23, 0), true, at(4, 20, 0)},
		{"saturday small hours", night, at(5, 1, 30), true, at(4, 20, 0)},
		{"saturday night", night, at(5, 21, 0), false, time.Time{}},
		{"all day", rest.StoreHours{Open: "00:00", Close: "00:00"}, at(6, 3, 0), true, at(6, 0, 0)},
		{"not a weekday", rest.StoreHours{Open: "08:00", Close: "22:00", Weekdays: []int{1, 2}}, at(6, 12, 0), false, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			since, open := OpenSince(tt.h, tt.now)
			if open != tt.open || !since.Equal(tt.since) {
				t.Errorf("OpenSince(%v) = %v, %v; want %v, %v", tt.now, since, open, tt.since, tt.open)
			}
		})
	}
}
