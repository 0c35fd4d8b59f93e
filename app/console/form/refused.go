package form

import (
	"strings"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// Refused says the server's refusal of a form as problems: its error body
// d (with the status and the Retry-After seconds it came with) as the
// problem of the field it names, in our words where we have them.
func Refused(d rest.ErrorDetail, status, retryAfter int) Problems {
	return Problems{d.Field: refusal(d, status, retryAfter)}
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
	{"hq_price", "", "", i18n.ConsoleErrHQPrice},
	{"hq_unreachable", "", "", i18n.ConsoleErrHQUnreachable},
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
	{"in_use", "", "", i18n.ConsoleErrCategoryInUse},
	{"conflict", "sku", "", i18n.ConsoleErrSKUTaken},
	{"conflict", "barcode", "", i18n.ConsoleErrBarcodeTaken},
	{"invalid", "id", "", i18n.ConsoleErrCategoryID},
	{"invalid", "name", "at least one locale", i18n.ConsoleErrNameRequired},
	{"invalid", "sku", "", i18n.ConsoleErrSKU},
	{"invalid", "barcode", "", i18n.ConsoleErrBarcode},
	{"invalid", "unit", "", i18n.ConsoleErrUnit},
	{"invalid", "category", "no category", i18n.ConsoleErrCategory},
	{"invalid", "starts_at", "", i18n.ConsoleErrStartRequired},
	{"invalid", "ends_at", "31 days", i18n.ConsoleErrEventSpan},
	{"invalid", "ends_at", "", i18n.ConsoleErrValidTo},
}

// Longest texts, by the field's prefix, for "title.en: is 130 characters
// long; the limit is 120".
var textLimits = map[string]int{"title": 120, "body": 2000, "message": 500, "name": 120, "place": 80}

func refusal(d rest.ErrorDetail, status, retryAfter int) Problem {
	switch d.Code {
	case "throttled":
		return problem(i18n.ConsoleErrThrottled, "Minutes", max(1, (retryAfter+59)/60))
	case "http":
		return problem(i18n.ConsoleErrHTTP, "Status", status)
	}
	if d.Code == "invalid" && strings.Contains(d.Field, ".") {
		if base, _, _ := strings.Cut(d.Field, "."); textLimits[base] > 0 {
			return problem(i18n.ConsoleErrTooLong, "Max", textLimits[base])
		}
	}
	for _, m := range serverProblems {
		if m.code == d.Code && m.field == d.Field && strings.Contains(d.Message, m.contains) {
			return problem(m.id)
		}
	}
	// Our words for the class of error are better than none, but the
	// server's message says exactly what is wrong.
	return Problem{Text: strings.TrimPrefix(d.Message, d.Field+": ")}
}
