package kiosk

import (
	"strings"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
)

// eventWhen says when an event is, in the store's time zone (zone):
// weekday, date and times, in the order and words of the locale.
func eventWhen(locale string, e content.StoreEvent, zone *time.Location) string {
	s, end := e.StartsAt.In(zone), e.EndsAt.In(zone)
	names := strings.Split(i18n.T(locale, i18n.Weekdays), ",")
	weekday := ""
	if len(names) == 7 {
		weekday = names[s.Weekday()]
	}
	return i18n.T(locale, i18n.EventWhen,
		"Weekday", weekday, "MonthName", s.Month().String(), "Month", int(s.Month()), "Day", s.Day(),
		"Start", s.Format("15:04"), "End", end.Format("15:04"))
}
