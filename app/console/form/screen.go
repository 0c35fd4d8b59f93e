package form

import (
	"strings"
	"unicode"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

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
