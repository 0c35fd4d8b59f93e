package content

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The rules every text, group and date the API stores is checked by, in
// one place: the server refuses what breaks them (422, naming the field),
// and the console's forms use the same words for the same things. A
// violation is a *FieldError.

// CheckString checks one text a person typed, to be stored and shown:
//   - UTF-8, without U+FFFD: what a broken encoding leaves behind (the
//     server's JSON decoder turns invalid bytes into it);
//   - no control characters but tab, line feed and carriage return: NUL
//     above all, which C strings, logs and terminals cut or misread at;
//   - at most maxRunes characters;
//   - not blank, unless empty and not required: not only white space and
//     invisible characters (zero-width spaces and joiners, a BOM,
//     fillers), which would pass for text and show nothing.
func CheckString(field, s string, maxRunes int, required bool) error {
	if why := stringProblem(s, maxRunes, required); why != "" {
		return &FieldError{field, why}
	}
	return nil
}

// stringProblem says how s breaks CheckString's rules, or "".
func stringProblem(s string, maxRunes int, required bool) string {
	if !utf8.ValidString(s) || strings.ContainsRune(s, utf8.RuneError) {
		return "is not valid UTF-8"
	}
	if i := strings.IndexFunc(s, isControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Sprintf("holds a control character (U+%04X)", r)
	}
	if n := utf8.RuneCountInString(s); n > maxRunes {
		return fmt.Sprintf("is %d characters long; the limit is %d", n, maxRunes)
	}
	if (required || s != "") && Blank(s) {
		return "must not be blank"
	}
	return ""
}

func isControl(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

// Blank reports whether s shows nothing: it holds only white space and
// characters that draw nothing (format characters such as U+200B, the
// default-ignorable Hangul fillers, the blank braille pattern).
func Blank(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !invisible(r) }) < 0
}

func invisible(r rune) bool {
	return unicode.IsSpace(r) || unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point) || r == '\u2800'
}

// validText checks a text in several languages: known locales, each
// language's text by CheckString (a blank one is refused: leave the
// language out), and, when required, at least one language.
func validText(field string, t Text, maxRunes int, required bool) error {
	for l, s := range t {
		if !KnownLocale(l) {
			return &FieldError{field, fmt.Sprintf("unknown locale %q (use %s)", l, strings.Join(Locales, ", "))}
		}
		if err := CheckString(field+"."+l, s, maxRunes, false); err != nil && !Blank(s) {
			return err
		}
	}
	if required && !slices.ContainsFunc(Locales, func(l string) bool { return !Blank(t[l]) }) {
		return &FieldError{field, "at least one locale needs non-blank text"}
	}
	for _, l := range Locales {
		if s := t[l]; s != "" && Blank(s) {
			return &FieldError{field + "." + l, "is blank; leave the language out instead"}
		}
	}
	return nil
}

// ValidGroups checks a list of screen group names: at most MaxGroups, each
// a non-blank text of at most MaxGroupRunes without white space at either
// end, none twice. Refused rather than tidied, so what is stored is what
// was sent (the console trims and drops repeats before it sends).
func ValidGroups(field string, groups []string) error {
	if len(groups) > MaxGroups {
		return &FieldError{field, fmt.Sprintf("at most %d groups", MaxGroups)}
	}
	for i, g := range groups {
		if why := stringProblem(g, MaxGroupRunes, true); why != "" {
			return &FieldError{field, fmt.Sprintf("group names are 1 to %d characters: %q %s", MaxGroupRunes, g, why)}
		}
		if strings.TrimSpace(g) != g {
			return &FieldError{field, fmt.Sprintf("group %q has white space at an end", g)}
		}
		if slices.Contains(groups[:i], g) {
			return &FieldError{field, fmt.Sprintf("group %q is listed twice", g)}
		}
	}
	return nil
}

// The dates the API stores lie in this window: a year 0000 or 9999 is a
// typo or a probe, and far dates overflow what screens compute with them.
var (
	MinTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	MaxTime = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
)

// CheckTime checks that t lies in [MinTime, MaxTime).
func CheckTime(field string, t time.Time) error {
	if t.Before(MinTime) || !t.Before(MaxTime) {
		return &FieldError{field, "must be a date from 2000 to 2099"}
	}
	return nil
}

// checkTimes checks the times that are set among ts, named by fields.
func checkTimes(fields []string, ts ...*time.Time) error {
	for i, t := range ts {
		if t != nil {
			if err := CheckTime(fields[i], *t); err != nil {
				return err
			}
		}
	}
	return nil
}
