package alert

import (
	"slices"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// OpenSince reports whether the store is open at now (in the store's
// zone, now.Location()) and, if so, when this opening began. A window
// that runs past midnight belongs to the day it opens on; Open equal to
// Close is open all day.
func OpenSince(h rest.StoreHours, now time.Time) (time.Time, bool) {
	open, ok1 := content.Minutes(h.Open)
	shut, ok2 := content.Minutes(h.Close)
	if !ok1 || !ok2 {
		return time.Time{}, false
	}
	length := shut - open
	if length <= 0 {
		length += 24 * 60
	}
	y, m, d := now.Date()
	for back := 0; back <= 1; back++ { // today's window, or yesterday's past midnight
		day := time.Date(y, m, d-back, 0, 0, 0, 0, now.Location())
		if len(h.Weekdays) > 0 && !slices.Contains(h.Weekdays, int(day.Weekday())) {
			continue
		}
		// Wall-clock times through time.Date, so a day of a daylight
		// saving change still opens and closes at its written hours.
		start := time.Date(y, m, d-back, open/60, open%60, 0, 0, now.Location())
		end := time.Date(y, m, d-back, (open+length)/60, (open+length)%60, 0, 0, now.Location())
		if !now.Before(start) && now.Before(end) {
			return start, true
		}
	}
	return time.Time{}, false
}
