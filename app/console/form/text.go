package form

import (
	"strings"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/i18n"
)

// texts collects one text per locale (blank ones left out), checking
// lengths; with required, at least one must be non-blank.
func texts(ps Problems, field string, in [3]string, maxRunes int, required bool) content.Text {
	t := content.Text{}
	for i, l := range content.Locales {
		s := strings.TrimSpace(in[i])
		if content.Blank(s) { // zero-width characters only: nothing a screen would show
			continue
		}
		if utf8.RuneCountInString(s) > maxRunes {
			ps[field+"."+l] = problem(i18n.ConsoleErrTooLong, "Max", maxRunes)
		}
		t[l] = s
	}
	if required && len(t) == 0 {
		ps[field] = problem(requiredID[field])
	}
	return t
}

var requiredID = map[string]string{
	"title": i18n.ConsoleErrTitleRequired, "message": i18n.ConsoleErrMessageRequired, "name": i18n.ConsoleErrNameRequired,
}

// halfWidth maps full-width digits and point (what a Chinese IME may type)
// to ASCII.
func halfWidth(r rune) rune {
	switch {
	case r >= '０' && r <= '９':
		return '0' + (r - '０')
	case r == '．':
		return '.'
	case r == '\u3000':
		return ' '
	}
	return r
}
