package i18n

import (
	"testing"
	"time"
)

func TestDays(t *testing.T) {
	// Beijing: a kiosk whose own clock is UTC must still say Beijing's day.
	bj := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, bj) // a Sunday
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, bj) }
	tests := []struct {
		name, locale string
		say          func(locale string, t, now time.Time) string
		t            time.Time
		want         string
	}{
		{"today", "zh-Hans", Day, at(2026, 12, 6, 22), "今天"},
		{"tomorrow in Beijing, today in UTC", "zh-Hans", Day, time.Date(2026, 12, 6, 23, 0, 0, 0, time.UTC), "明天"},
		{"this week", "zh-Hans", Day, at(2026, 12, 9, 12), "12月9日 星期三"},
		{"next year", "zh-Hans", Day, at(2027, 1, 3, 12), "2027年1月3日 星期日"},
		{"繁體", "zh-Hant", Day, at(2026, 12, 9, 12), "12月9日 星期三"},
		{"English", "en", Day, at(2026, 12, 9, 12), "Wednesday, 9 December"},
		{"English next year", "en", Day, at(2027, 1, 3, 12), "Sunday, 3 January 2027"},
		{"time today", "zh-Hans", DayTime, at(2026, 12, 6, 18), "今天 18:00"},
		{"time in the store's zone", "zh-Hans", DayTime, time.Date(2026, 12, 7, 3, 17, 0, 0, time.UTC), "明天 11:17"},
		{"English time", "en", DayTime, at(2026, 12, 7, 9), "09:00 tomorrow"},
		{"an end at midnight is the day before's", "zh-Hans", LastDay, at(2026, 12, 10, 0), "12月9日 星期三"},
		{"an end in the day is that day's", "zh-Hans", LastDay, at(2026, 12, 9, 18), "12月9日 星期三"},
		{"ends tonight at midnight", "en", LastDay, at(2026, 12, 7, 0), "today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.say(tt.locale, tt.t, now); got != tt.want {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}
