package console

import (
	"errors"
	"fmt"
	"testing"

	"storecast/app/console/client"
	"storecast/app/i18n"
	"storecast/app/rest"
)

func TestProblemsOfServerErrors(t *testing.T) {
	tests := []struct {
		err       error
		field, in string // the field it lands on, and what English staff read
	}{
		{&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "bad_credentials", Message: "wrong username or password"}}, "", "Wrong username or password."},
		{&client.APIError{RetryAfter: 61, ErrorDetail: rest.ErrorDetail{Code: "throttled"}}, "", "Too many attempts. Try again in 2 min."},
		{&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "invalid", Field: "username", Message: "username: is taken"}}, "username", "This username is taken."},
		{&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "invalid", Field: "username", Message: "username: 2 to 40 letters"}}, "username",
			"Use 2 to 40 letters, digits, dots, dashes or underscores."},
		{&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "invalid", Field: "was_price", Message: "was_price: must be higher than price, or 0"}}, "was_price",
			"The old price must be higher than the price."},
		{&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "invalid", Field: "title.zh-Hant", Message: "title.zh-Hant: is 130 characters long"}}, "title.zh-Hant",
			"Too long: at most 120 characters."},
		{&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "invalid", Field: "code", Message: "code: that pairing code is unknown"}}, "code",
			"Type the 6-character code shown on the screen; codes expire after 10 minutes."},
		{&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "invalid", Field: "category", Message: "category: must be a category id"}}, "category", "must be a category id"},
		{&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "bad_media", Message: "this file type is not allowed"}}, "",
			"This file is not allowed. Upload a PNG, JPEG, WebP or GIF picture no larger than 8192 pixels a side."},
		{&client.APIError{Status: 502, ErrorDetail: rest.ErrorDetail{Code: "http", Message: "<html>Bad gateway</html>"}}, "", "The server answered with error 502."},
		{fmt.Errorf("x: %w", client.ErrNetwork), "", "Cannot reach the server. Check the network and try again."},
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
	if got := ProblemsOf(&client.APIError{ErrorDetail: rest.ErrorDetail{Code: "bad_credentials"}}).In("zh-Hans", ""); got != i18n.T("zh-Hans", i18n.ConsoleErrBadCredentials) || got == "" {
		t.Errorf("zh-Hans = %q", got)
	}
}
