package routes

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/couponpage"
)

// RegisterCoupon adds the shopper's coupon page at /c/{code}. src feeds
// server-side renders; the browser passes nil.
func RegisterCoupon(src couponpage.Source) {
	app.RouteWithRegexp(couponpage.Pattern, func() app.Composer { return &couponpage.Page{Source: src} })
}

// CouponPages is the pattern the server renders afresh on every request
// (the status of a coupon changes).
const CouponPages = "/c/*"
