package i18n

import (
	"strings"
	"time"
)

// Dates are said as people say them, in the zone of now (the store's, so a
// kiosk whose clock is set to UTC still says Beijing's day): "今天",
// "明天", or the date with its weekday, and the year only when it is not
// this year's. A shopper reads "until tomorrow" at a glance; "2026-12-07"
// has to be worked out, and a speech engine reads it digit by digit.

// Day says which day t falls on, seen from now.
func Day(locale string, t, now time.Time) string {
	t = t.In(now.Location())
	switch days(now, t) {
	case 0:
		return T(locale, DayToday)
	case 1:
		return T(locale, DayTomorrow)
	}
	names := strings.Split(T(locale, Weekdays), ",")
	weekday := ""
	if len(names) == 7 {
		weekday = names[t.Weekday()]
	}
	id := DayDate
	if t.Year() != now.Year() {
		id = DayDateYear
	}
	return T(locale, id, "Weekday", weekday, "Day", t.Day(), "Month", int(t.Month()),
		"MonthName", t.Month().String(), "Year", t.Year())
}

// DayTime says t as its day and its time on the clock, seen from now.
func DayTime(locale string, t, now time.Time) string {
	return T(locale, DayAtTime, "Date", Day(locale, t, now), "Time", t.In(now.Location()).Format("15:04"))
}

// LastDay says the last day something that ends at end is good for: an
// end at midnight, as a date picker gives, is the end of the day before,
// so "截至" names the day before it.
func LastDay(locale string, end, now time.Time) string {
	return Day(locale, end.Add(-time.Nanosecond), now)
}

// days is how many calendar days t is after now, in now's zone.
func days(now, t time.Time) int {
	y1, m1, d1 := now.Date()
	y2, m2, d2 := t.Date()
	a := time.Date(y1, m1, d1, 12, 0, 0, 0, time.UTC)
	b := time.Date(y2, m2, d2, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Round(24*time.Hour) / (24 * time.Hour))
}
