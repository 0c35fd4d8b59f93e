package kiosk

import (
	"errors"
	"testing"

	"storecast/app/i18n"
)

// Every refused exchange says why, and none leaves the shopper thinking
// points went without a coupon.
func TestExchangeProblem(t *testing.T) {
	tests := []struct {
		name        string
		err         error
		status      int
		code, field string
		want        string
	}{
		{"no answer", errors.New("offline"), 0, "", "", i18n.CouponOffline},
		{"head office away", nil, 503, "hq_unreachable", "", i18n.CouponOffline},
		{"throttled", nil, 429, "throttled", "", i18n.CouponBusy},
		{"short", nil, 409, "insufficient", "", i18n.PointsShort},
		{"code too old", nil, 422, "invalid", "member_code", i18n.PointsBadCode},
		{"member deleted", nil, 404, "not_found", "", i18n.PointsBadCode},
		{"sold out, refunded", nil, 409, "sold_out", "", i18n.PointsRefunded},
		{"retry of a refunded one", nil, 409, "refunded", "", i18n.PointsRefunded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exchangeProblem(tt.err, tt.status, tt.code, tt.field); got != tt.want {
				t.Errorf("exchangeProblem = %s; want %s", got, tt.want)
			}
		})
	}
}
