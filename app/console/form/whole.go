package form

import (
	"strconv"
	"strings"

	"storecast/app/i18n"
)

// wholeIn reads a whole number from lo to hi.
func wholeIn(s string, lo, hi int) (int, bool) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return n, err == nil && n >= lo && n <= hi
}

// whole reads a whole number from lo to hi (full-width digits too) for
// field, or says in ps why not.
func whole(ps Problems, field, s string, lo, hi int) int {
	n, ok := wholeIn(strings.Map(halfWidth, s), lo, hi)
	if !ok {
		ps[field] = problem(i18n.ConsoleErrWhole, "Min", lo, "Max", hi)
	}
	return n
}
