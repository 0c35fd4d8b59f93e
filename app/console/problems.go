package console

import (
	"context"
	"errors"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// ProblemsOf turns what a client call returned into problems to show: the
// server's refusal in the form package's words, next to the field it
// names; no answer, or anything else, for the form as a whole.
func ProblemsOf(err error) form.Problems { return problemsOf(err, form.Refused) }

// problemsOf is ProblemsOf with a form's own reading of the server's
// refusal (form.CampaignDraft.Refused words the campaign's limits).
func problemsOf(err error, refused func(d rest.ErrorDetail, status, retryAfter int) form.Problems) form.Problems {
	if err == nil {
		return nil
	}
	var e *client.APIError
	switch {
	case errors.As(err, &e):
		return refused(e.ErrorDetail, e.Status, e.RetryAfter)
	case errors.Is(err, client.ErrNetwork), errors.Is(err, context.DeadlineExceeded):
		return form.Problems{"": {ID: i18n.ConsoleErrNetwork}}
	}
	return form.Problems{"": {Text: err.Error()}}
}
