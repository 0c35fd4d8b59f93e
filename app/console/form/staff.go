package form

import (
	"unicode"
	"unicode/utf8"

	"storecast/app/i18n"
)

// Password limits, as the server hashes them.
const (
	MinPasswordRunes = 10
	MaxPasswordBytes = 72
)

// CheckUsername is the server's rule: 2 to 40 letters, digits, dots,
// dashes or underscores.
func CheckUsername(ps Problems, field, s string) {
	n := 0
	for _, r := range s {
		n++
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '_' && r != '-' {
			ps[field] = problem(i18n.ConsoleErrUsername)
			return
		}
	}
	if n < 2 || n > 40 {
		ps[field] = problem(i18n.ConsoleErrUsername)
	}
}

// CheckPassword is the server's rule: 10 characters to 72 bytes.
func CheckPassword(ps Problems, field, s string) {
	if utf8.RuneCountInString(s) < MinPasswordRunes || len(s) > MaxPasswordBytes {
		ps[field] = problem(i18n.ConsoleErrPasswordLength)
	}
}

// CheckRepeat: the password typed twice must match.
func CheckRepeat(ps Problems, field, first, again string) {
	if first != again {
		ps[field] = problem(i18n.ConsoleErrRepeat)
	}
}
