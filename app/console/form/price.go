package form

import (
	"errors"
	"strings"

	"storecast/app/content"
	"storecast/app/i18n"
)

// Price input problems.
var (
	ErrPriceEmpty  = errors.New("form: price: empty")
	ErrPriceFormat = errors.New("form: price: not a yuan amount like 12.90")
	ErrPriceRange  = errors.New("form: price: out of range")
)

// ParseYuan reads a price typed in yuan ("12.90", "12.9", "12") as cents.
// It accepts full-width digits and point from a Chinese keyboard, and
// nothing else: no sign, no exponent, no thousands separator, and never a
// comma as the decimal point ("12,9" is refused rather than guessed).
func ParseYuan(s string) (int64, error) {
	s = strings.TrimSpace(strings.Map(halfWidth, s))
	if s == "" {
		return 0, ErrPriceEmpty
	}
	whole, frac, hasPoint := strings.Cut(s, ".")
	if whole == "" || (hasPoint && (frac == "" || len(frac) > 2)) {
		return 0, ErrPriceFormat
	}
	var cents int64
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return 0, ErrPriceFormat
			}
		}
	}
	for _, r := range whole {
		cents = cents*10 + int64(r-'0')
		if cents > content.MaxPriceCents/100 {
			return 0, ErrPriceRange
		}
	}
	cents *= 100
	switch len(frac) {
	case 1:
		cents += int64(frac[0]-'0') * 10
	case 2:
		cents += int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	}
	if cents > content.MaxPriceCents {
		return 0, ErrPriceRange
	}
	return cents, nil
}

// FormatYuan writes cents as the form shows them: "12.90".
func FormatYuan(cents int64) string { return content.FormatPrice(cents) }

// priceProblem says a ParseYuan error in the staff member's words.
func priceProblem(err error) Problem {
	switch err {
	case ErrPriceEmpty:
		return problem(i18n.ConsoleErrPriceEmpty)
	case ErrPriceRange:
		return problem(i18n.ConsoleErrPriceRange)
	}
	return problem(i18n.ConsoleErrPriceFormat)
}
