package form

import "storecast/app/i18n"

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
