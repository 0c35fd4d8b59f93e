package console

import (
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Ago says how long before now t was, the way staff glance at it: "just
// now", "5 min ago", "3 h ago", or the date and time.
func Ago(locale string, t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return i18n.T(locale, i18n.ConsoleJustNow)
	case d < time.Hour:
		return i18n.T(locale, i18n.ConsoleMinutesAgo, "N", int(d/time.Minute))
	case d < 24*time.Hour:
		return i18n.T(locale, i18n.ConsoleHoursAgo, "N", int(d/time.Hour))
	}
	return i18n.DayTime(locale, t, now.In(storeZone))
}

// storeZone is the store's time zone, set when staff sign in (the server
// sends it with who they are). Every time the console shows or reads is on
// the store's clock: a laptop set to UTC at head office must still show and
// enter 11:17 for 11:17 in the store. Only the UI goroutine touches it.
var storeZone = time.Local

// setStoreZone takes the store's zone from the signed-in answer.
func setStoreZone(me rest.Me) {
	storeZone = content.StoreInfo{TimeZone: me.TimeZone, ZoneData: me.ZoneData}.Location()
}

// stamp is a date and time on the store's clock, as people say it: "09:30
// today", "18:00 Wednesday, 9 December" (the year only when it differs),
// not an ISO date staff have to work out.
func stamp(l string, t time.Time) string { return i18n.DayTime(l, t, time.Now().In(storeZone)) }

// clock is a time of day on the store's clock.
func clock(t time.Time) string { return t.In(storeZone).Format("15:04") }

// validity says when a promotion shows.
func validity(l string, p content.Promotion) string {
	switch {
	case p.ValidFrom != nil && p.ValidTo != nil:
		return i18n.T(l, i18n.ConsoleValidFromTo, "From", stamp(l, *p.ValidFrom), "To", stamp(l, *p.ValidTo))
	case p.ValidFrom != nil:
		return i18n.T(l, i18n.ConsoleValidFrom, "From", stamp(l, *p.ValidFrom))
	case p.ValidTo != nil:
		return i18n.T(l, i18n.ConsoleValidTo, "To", stamp(l, *p.ValidTo))
	}
	return i18n.T(l, i18n.ConsoleValidAlways)
}
