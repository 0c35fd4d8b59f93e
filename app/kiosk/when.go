package kiosk

import (
	"strings"

	"storecast/app/content"
	"storecast/app/i18n"
)

// eventWhen says when an event is, in the kiosk's time zone: weekday, date
// and times, in the order and words of the locale.
func eventWhen(locale string, e content.StoreEvent) string {
	s, end := e.StartsAt.Local(), e.EndsAt.Local()
	names := strings.Split(i18n.T(locale, i18n.Weekdays), ",")
	weekday := ""
	if len(names) == 7 {
		weekday = names[s.Weekday()]
	}
	return i18n.T(locale, i18n.EventWhen,
		"Weekday", weekday, "MonthName", s.Month().String(), "Month", int(s.Month()), "Day", s.Day(),
		"Start", s.Format("15:04"), "End", end.Format("15:04"))
}
