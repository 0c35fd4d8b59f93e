package form

import (
	"strings"
	"time"

	"storecast/app/i18n"
)

// dateLayout is what <input type="datetime-local"> holds.
const dateLayout = "2006-01-02T15:04"

// DateInput reads what a datetime-local input holds as a time in loc: nil
// when blank, and nil with a problem for field in ps when it is not a
// date and time.
func DateInput(ps Problems, field, s string, loc *time.Location) *time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	for _, layout := range []string{dateLayout, dateLayout + ":05"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return &t
		}
	}
	ps[field] = problem(i18n.ConsoleErrDate)
	return nil
}
