package phone

import (
	"strings"
	"time"

	"storecast/app/i18n"
)

// when says t on the store's clock the way people say it, in locale:
// "Monday 7 December, 18:30", "12月7日 星期一 18:30". A phone may be set to
// another zone (a visitor's): what counts is the store's.
func when(locale string, t time.Time, zone *time.Location) string {
	t = t.In(zone)
	weekday := ""
	if names := strings.Split(i18n.T(locale, i18n.Weekdays), ","); int(t.Weekday()) < len(names) {
		weekday = names[t.Weekday()]
	}
	return i18n.T(locale, i18n.CouponWhen, "Weekday", weekday, "Day", t.Day(), "Month", int(t.Month()),
		"MonthName", t.Month().String(), "Time", t.Format("15:04"))
}
