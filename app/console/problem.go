package console

import (
	"context"
	"errors"
	"strings"

	"storecast/app/console/client"
	"storecast/app/i18n"
)

// Problem is what is wrong with one field, or with a whole form: one of
// our messages (ID with its template data), or the server's own words when
// we have no message for them.
type Problem struct {
	ID   string
	Args []any
	Text string
}

// In says the problem in locale.
func (p Problem) In(locale string) string {
	if p.ID == "" {
		return p.Text
	}
	return i18n.T(locale, p.ID, p.Args...)
}

// Problems are a form's problems by field; "" is the form as a whole.
// Field names are the API's ("price", "title.en"), so the server's answer
// lands next to the same input as the form's own checks.
type Problems map[string]Problem

// In says field's problem in locale, or "".
func (ps Problems) In(locale, field string) string {
	if p, ok := ps[field]; ok {
		return p.In(locale)
	}
	return ""
}

// First returns the first field (in order) that has a problem, for focus.
func (ps Problems) First(order ...string) (string, bool) {
	for _, f := range order {
		if _, ok := ps[f]; ok {
			return f, true
		}
	}
	return "", false
}

func problem(id string, args ...any) Problem { return Problem{ID: id, Args: args} }

// ProblemsOf turns what a call returned into problems to show: the
// server's field error next to its field, anything else for the form.
func ProblemsOf(err error) Problems {
	if err == nil {
		return nil
	}
	var e *client.APIError
	if !errors.As(err, &e) {
		if errors.Is(err, client.ErrNetwork) || errors.Is(err, context.DeadlineExceeded) {
			return Problems{"": problem(i18n.ConsoleErrNetwork)}
		}
		return Problems{"": {Text: err.Error()}}
	}
	return Problems{e.Field: problemOf(e)}
}

// serverProblems maps the server's errors to our messages: by code, then
// by field, then (where one field has several rules) by words in the
// message. Anything not here is shown in the server's own words.
var serverProblems = []struct {
	code, field, contains, id string
}{
	{"bad_credentials", "", "", i18n.ConsoleErrBadCredentials},
	{"unauthorized", "", "", i18n.ConsoleErrSessionEnded},
	{"csrf", "", "", i18n.ConsoleErrReload},
	{"forbidden", "", "", i18n.ConsoleErrForbidden},
	{"not_found", "", "", i18n.ConsoleErrGone},
	{"internal", "", "", i18n.ConsoleErrServer},
	{"exists", "", "", i18n.ConsoleErrSetupDone},
	{"self", "", "", i18n.ConsoleErrSelf},
	{"offline", "", "", i18n.ConsoleErrOffline},
	{"screen_gone", "", "", i18n.ConsoleErrScreenGone},
	{"bad_media", "", "", i18n.ConsoleErrBadMedia},
	{"too_large", "", "", i18n.ConsoleErrTooLarge},
	{"invalid", "token", "", i18n.ConsoleErrSetupToken},
	{"invalid", "username", "taken", i18n.ConsoleErrUsernameTaken},
	{"invalid", "username", "", i18n.ConsoleErrUsername},
	{"invalid", "password", "", i18n.ConsoleErrPasswordLength},
	{"invalid", "new", "", i18n.ConsoleErrPasswordLength},
	{"invalid", "current", "", i18n.ConsoleErrCurrentPassword},
	{"invalid", "role", "", i18n.ConsoleErrRole},
	{"invalid", "name", "1 to 60", i18n.ConsoleErrName},
	{"invalid", "code", "", i18n.ConsoleErrPairCode},
	{"invalid", "kind", "", i18n.ConsoleErrKind},
	{"invalid", "groups", "", i18n.ConsoleErrGroups},
	{"invalid", "hours", "", i18n.ConsoleErrHours},
	{"invalid", "title", "", i18n.ConsoleErrTitleRequired},
	{"invalid", "message", "", i18n.ConsoleErrMessageRequired},
	{"invalid", "price", "", i18n.ConsoleErrPriceRange},
	{"invalid", "was_price", "higher", i18n.ConsoleErrWasPriceHigher},
	{"invalid", "was_price", "", i18n.ConsoleErrPriceRange},
	{"invalid", "valid_to", "", i18n.ConsoleErrValidTo},
	{"invalid", "priority", "", i18n.ConsoleErrPriority},
	{"invalid", "image", "", i18n.ConsoleErrImage},
	{"invalid", "severity", "", i18n.ConsoleErrSeverity},
	{"invalid", "expires_at", "", i18n.ConsoleErrMinutes},
}

// Longest texts, by the field's prefix, for "title.en: is 130 characters
// long; the limit is 120".
var textLimits = map[string]int{"title": 120, "body": 2000, "message": 500}

func problemOf(e *client.APIError) Problem {
	switch e.Code {
	case "throttled":
		return problem(i18n.ConsoleErrThrottled, "Minutes", max(1, (e.RetryAfter+59)/60))
	case "http":
		return problem(i18n.ConsoleErrHTTP, "Status", e.Status)
	}
	if e.Code == "invalid" && strings.Contains(e.Field, ".") {
		if base, _, _ := strings.Cut(e.Field, "."); textLimits[base] > 0 {
			return problem(i18n.ConsoleErrTooLong, "Max", textLimits[base])
		}
	}
	for _, m := range serverProblems {
		if m.code == e.Code && m.field == e.Field && strings.Contains(e.Message, m.contains) {
			return problem(m.id)
		}
	}
	// Our words for the class of error are better than none, but the
	// server's message says exactly what is wrong.
	return Problem{Text: strings.TrimPrefix(e.Message, e.Field+": ")}
}
