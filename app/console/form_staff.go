package console

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
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

// ScreenDraft pairs a screen (with Code) or renames and regroups one.
type ScreenDraft struct {
	Code   string
	Name   string
	Kind   string // "", kiosk or signage; "" keeps what the screen says it is
	Groups string
}

// ScreenFields is the pairing form's field order.
var ScreenFields = []string{"code", "name", "kind", "groups", ""}

// NormalizeCode reads a pairing code as people type it: any case, with
// spaces or dashes.
func NormalizeCode(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\u3000' {
			return -1
		}
		return unicode.ToUpper(halfWidth(r))
	}, s)
}

// Input checks the form; needCode for pairing.
func (f ScreenDraft) Input(needCode bool) (rest.ScreenInput, Problems) {
	ps := Problems{}
	in := rest.ScreenInput{Name: strings.TrimSpace(f.Name), Kind: f.Kind, Groups: ParseGroups(f.Groups)}
	if needCode {
		in.Code = NormalizeCode(f.Code)
		if !codeOK(in.Code) {
			ps["code"] = problem(i18n.ConsoleErrPairCode)
		}
	}
	CheckName(ps, "name", in.Name)
	if in.Kind != "" && in.Kind != content.KindKiosk && in.Kind != content.KindSignage {
		ps["kind"] = problem(i18n.ConsoleErrKind)
	}
	if !groupsOK(in.Groups) {
		ps["groups"] = problem(i18n.ConsoleErrGroups)
	}
	if len(ps) > 0 {
		return rest.ScreenInput{}, ps
	}
	return in, nil
}

func codeOK(code string) bool {
	if len(code) != 6 {
		return false
	}
	for _, r := range code {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
