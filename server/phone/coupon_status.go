package phone

import (
	"strings"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
)

// The coupon page's script, a file under /web.
const couponScript = "/web/coupon.js"

// statusText says the coupon's state in words, with a sign that needs no
// colour, and its time on the store's clock.
func statusText(locale string, cp content.Coupon, zone *time.Location) string {
	switch cp.Status {
	case content.CouponRedeemed:
		at := ""
		if cp.RedeemedAt != nil {
			at = when(locale, *cp.RedeemedAt, zone)
		}
		return "✓ " + i18n.T(locale, i18n.CouponRedeemed, "Time", at)
	case content.CouponExpired:
		return "✕ " + i18n.T(locale, i18n.CouponExpired, "Time", when(locale, cp.ExpiresAt, zone))
	case content.CouponVoid:
		return "✕ " + i18n.T(locale, i18n.CouponVoid)
	}
	return "● " + i18n.T(locale, i18n.CouponValidUntil, "Time", when(locale, cp.ExpiresAt, zone))
}

// spelled reads a code character by character, groups apart, for screen
// readers ("S C, 7 K Q 2, …"): read as a word, a code is a guess.
func spelled(code string) string {
	groups := strings.Split(code, "-")
	for i, g := range groups {
		groups[i] = strings.Join(strings.Split(g, ""), " ")
	}
	return strings.Join(groups, ", ")
}
