package form

import (
	"strings"
	"unicode/utf8"

	"storecast/app/i18n"
)

// CheckRequired: something must be typed.
func CheckRequired(ps Problems, field, s string) {
	if strings.TrimSpace(s) == "" {
		ps[field] = problem(i18n.ConsoleErrRequired)
	}
}

// CheckName: a screen's or token's name, 1 to 60 characters.
func CheckName(ps Problems, field, s string) {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 60 {
		ps[field] = problem(i18n.ConsoleErrName)
	}
}
