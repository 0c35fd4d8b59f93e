package console

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

func TestProblemsOf(t *testing.T) {
	tests := []struct {
		err       error
		field, in string // the field it lands on, and what English staff read
	}{
		{&client.APIError{Status: 422, ErrorDetail: rest.ErrorDetail{Code: "invalid", Field: "username", Message: "username: is taken"}}, "username", "This username is taken."},
		{fmt.Errorf("x: %w", &client.APIError{RetryAfter: 61, ErrorDetail: rest.ErrorDetail{Code: "throttled"}}), "", "Too many attempts. Try again in 2 min."},
		{&client.APIError{Status: 502, ErrorDetail: rest.ErrorDetail{Code: "http", Message: "<html>Bad gateway</html>"}}, "", "The server answered with error 502."},
		{fmt.Errorf("x: %w", client.ErrNetwork), "", "Cannot reach the server. Check the network and try again."},
		{context.DeadlineExceeded, "", "Cannot reach the server. Check the network and try again."},
		{errors.New("odd"), "", "odd"},
	}
	for _, tt := range tests {
		ps := ProblemsOf(tt.err)
		if len(ps) != 1 {
			t.Fatalf("ProblemsOf(%v) = %v; want one problem", tt.err, ps)
		}
		if got := ps.In("en", tt.field); got != tt.in {
			t.Errorf("ProblemsOf(%v)[%q] = %q; want %q", tt.err, tt.field, got, tt.in)
		}
	}
	if ProblemsOf(nil) != nil {
		t.Error("ProblemsOf(nil) != nil")
	}
}

// A draft's own reading of the refusal is used for that draft's form.
func TestProblemsOfCampaign(t *testing.T) {
	err := &client.APIError{Status: 422, ErrorDetail: rest.ErrorDetail{Code: "invalid", Field: "quantity", Message: "quantity: below what was claimed"}}
	if got := problemsOf(err, form.CampaignDraft{}.Refused)["quantity"].ID; got != i18n.ConsoleErrBelowClaimed {
		t.Errorf("problemsOf(below claimed, campaign) = %q; want %q", got, i18n.ConsoleErrBelowClaimed)
	}
}
