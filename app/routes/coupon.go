package routes

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/coupon"
)

// RegisterCoupon adds the shopper's coupon page at /c/{code}. src feeds
// server-side renders; the browser passes nil.
func RegisterCoupon(src coupon.Source) {
	app.RouteWithRegexp(coupon.Pattern, func() app.Composer { return &coupon.Page{Source: src} })
}

// CouponPages is the pattern the server renders afresh on every request
// (the status of a coupon changes).
const CouponPages = "/c/*"
