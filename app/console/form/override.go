package form

import (
	"strconv"
	"strings"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// OverrideDraft is the override form's inputs, as typed.
type OverrideDraft struct {
	Message  [3]string // by content.Locales
	Severity string
	Groups   string // comma separated; empty: the whole store
	ToGroups bool   // target: groups, not the whole store
	Minutes  string
}

// MaxOverrideMinutes is the server's limit of 7 days.
const MaxOverrideMinutes = 7 * 24 * 60

// OverrideFields is the form's field order.
var OverrideFields = []string{"message", "message.zh-Hans", "message.zh-Hant", "message.en", "severity", "groups", "expires_at", ""}

// Input checks the form and builds the request.
func (f OverrideDraft) Input() (rest.OverrideInput, Problems) {
	ps := Problems{}
	in := rest.OverrideInput{Severity: f.Severity}
	in.Message = texts(ps, "message", f.Message, content.MaxOverrideRunes, true)
	switch f.Severity {
	case content.SeverityInfo, content.SeverityUrgent, content.SeverityEmergency:
	default:
		ps["severity"] = problem(i18n.ConsoleErrSeverity)
	}
	in.Groups = targetGroups(ps, f.ToGroups, f.Groups)
	n, err := strconv.Atoi(strings.TrimSpace(f.Minutes))
	if err != nil || n < 1 || n > MaxOverrideMinutes {
		ps["expires_at"] = problem(i18n.ConsoleErrMinutes)
	}
	in.Minutes = n
	if len(ps) > 0 {
		return rest.OverrideInput{}, ps
	}
	return in, nil
}
