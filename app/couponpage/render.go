package couponpage

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

func (p *Page) Render() app.UI {
	l := p.locale
	if p.failed || p.coupon == nil {
		return app.Main().Class("sc-coupon sc-coupon-invalid").Body(
			app.H1().Text(i18n.T(l, i18n.CouponInvalid)),
			app.P().Text(i18n.T(l, i18n.CouponInvalidHelp)),
		)
	}
	cp := p.coupon
	return app.Main().Class("sc-coupon sc-coupon-"+cp.Status).Body(
		app.P().Class("sc-coupon-brand").Text(i18n.T(l, i18n.AppName)),
		app.H1().Class("sc-coupon-title").Text(cp.Title.In(l)),
		app.If(cp.Offer.In(l) != "", func() app.UI {
			return app.P().Class("sc-coupon-offer").Text(cp.Offer.In(l))
		}),
		app.P().Class("sc-coupon-status").Attr("role", "status").Text(statusText(cp, l)),
		app.P().Class("sc-coupon-code").
			Aria("label", i18n.T(l, i18n.CouponCodeLabel)+" "+spelled(cp.Code)).
			Text(cp.Code),
		app.If(cp.Status == content.CouponIssued, func() app.UI {
			return app.Img().Class("sc-coupon-qr").
				Src("/c/" + cp.Code + "/qr.png").
				Alt(i18n.T(l, i18n.CouponQRAlt)).
				Width(240).Height(240)
		}),
		app.P().Class("sc-coupon-help").Text(i18n.T(l, i18n.CouponShowCashier)),
		app.If(app.IsServer, func() app.UI { return bootElement(cp) }),
	)
}

// statusText says the state in words, with a sign that needs no colour.
func statusText(cp *content.Coupon, l string) string {
	switch cp.Status {
	case content.CouponRedeemed:
		at := ""
		if cp.RedeemedAt != nil {
			at = cp.RedeemedAt.Local().Format("2006-01-02 15:04")
		}
		return "✓ " + i18n.T(l, i18n.CouponRedeemed, "Time", at)
	case content.CouponExpired:
		return "✕ " + i18n.T(l, i18n.CouponExpired, "Time", cp.ExpiresAt.Local().Format("2006-01-02 15:04"))
	case content.CouponVoid:
		return "✕ " + i18n.T(l, i18n.CouponVoid)
	}
	return "● " + i18n.T(l, i18n.CouponValidUntil, "Time", cp.ExpiresAt.Local().Format("2006-01-02 15:04"))
}

// spelled reads a code character by character, groups apart, for screen
// readers ("S C, 7 K Q 2, …").
func spelled(code string) string {
	groups := strings.Split(code, "-")
	for i, g := range groups {
		groups[i] = strings.Join(strings.Split(g, ""), " ")
	}
	return strings.Join(groups, ", ")
}
