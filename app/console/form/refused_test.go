package form

import (
	"testing"

	"storecast/app/i18n"
	"storecast/app/rest"
)

func TestRefused(t *testing.T) {
	tests := []struct {
		d                  rest.ErrorDetail
		status, retryAfter int
		field, in          string // the field it lands on, and what English staff read
	}{
		{rest.ErrorDetail{Code: "bad_credentials", Message: "wrong username or password"}, 401, 0, "", "Wrong username or password."},
		{rest.ErrorDetail{Code: "throttled"}, 429, 61, "", "Too many attempts. Try again in 2 min."},
		{rest.ErrorDetail{Code: "invalid", Field: "username", Message: "username: is taken"}, 422, 0, "username", "This username is taken."},
		{rest.ErrorDetail{Code: "invalid", Field: "username", Message: "username: 2 to 40 letters"}, 422, 0, "username",
			"Use 2 to 40 letters, digits, dots, dashes or underscores."},
		{rest.ErrorDetail{Code: "invalid", Field: "was_price", Message: "was_price: must be higher than price, or 0"}, 422, 0, "was_price",
			"The old price must be higher than the price."},
		{rest.ErrorDetail{Code: "invalid", Field: "title.zh-Hant", Message: "title.zh-Hant: is 130 characters long"}, 422, 0, "title.zh-Hant",
			"Too long: at most 120 characters."},
		{rest.ErrorDetail{Code: "invalid", Field: "code", Message: "code: that pairing code is unknown"}, 422, 0, "code",
			"Type the 6-character code shown on the screen; codes expire after 10 minutes."},
		{rest.ErrorDetail{Code: "invalid", Field: "category", Message: "category: must be a category id"}, 422, 0, "category", "must be a category id"},
		{rest.ErrorDetail{Code: "bad_media", Message: "this file type is not allowed"}, 415, 0, "",
			"This file is not allowed. Upload a PNG, JPEG, WebP or GIF picture no larger than 8192 pixels a side."},
		{rest.ErrorDetail{Code: "http", Message: "<html>Bad gateway</html>"}, 502, 0, "", "The server answered with error 502."},
	}
	for _, tt := range tests {
		ps := Refused(tt.d, tt.status, tt.retryAfter)
		if len(ps) != 1 {
			t.Fatalf("Refused(%+v) = %v; want one problem", tt.d, ps)
		}
		if got := ps.In("en", tt.field); got != tt.in {
			t.Errorf("Refused(%+v)[%q] = %q; want %q", tt.d, tt.field, got, tt.in)
		}
	}
	if got := Refused(rest.ErrorDetail{Code: "bad_credentials"}, 401, 0).In("zh-Hans", ""); got != i18n.T("zh-Hans", i18n.ConsoleErrBadCredentials) || got == "" {
		t.Errorf("zh-Hans = %q", got)
	}
}
