package slide

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/promo"
)

// promotion draws a live promotion in template tpl (content.Templates,
// already chosen). Every template is one article.sc-promo with the
// offer's id, its title, price and last day, so the screen reads the
// same to a screen reader whatever it looks like. qr is the claim code
// of the coupon tpl "coupon" shows, c that coupon's campaign.
func promotion(p content.Promotion, tpl, l string, today time.Time, c content.Campaign, qr string) app.UI {
	title := p.Title.In(l)
	picture := app.If(p.Image != "", func() app.UI {
		return app.Img().Class("sc-tpl-img").Src(p.Image).Alt(title).Attr("decoding", "async")
	})
	text := app.Div().Class("sc-tpl-copy").Body(
		app.H2().Class("sc-promo-title").Text(title),
		app.If(p.Body.In(l) != "", func() app.UI { return app.P().Class("sc-promo-body").Text(p.Body.In(l)) }),
		app.If(tpl != content.TemplatePicture && tpl != content.TemplateBrand, func() app.UI { return priceBlock(p, l) }),
		app.If(p.ValidTo != nil, func() app.UI {
			return app.P().Class("sc-promo-until").Text(i18n.T(l, i18n.SignageUntil, "Date", i18n.LastDay(l, *p.ValidTo, today)))
		}),
	)
	a := app.Article().Class("sc-promo sc-tpl sc-tpl-"+tpl).DataSet("id", p.ID).DataSet("template", tpl)
	switch tpl {
	case content.TemplatePicture:
		return a.Body(picture, text, app.Div().Class("sc-tpl-badge").Body(priceBlock(p, l)))
	case content.TemplateSplit:
		return a.Body(app.Div().Class("sc-tpl-side").Body(picture), text)
	case content.TemplateCoupon:
		return a.Body(text, claim(l, c.Title.In(l), qr))
	}
	return a.Body(text, app.Div().Class("sc-tpl-stamp").Body(priceBlock(p, l))) // brand
}

// priceBlock is the price, the price it was, and what that saves.
func priceBlock(p content.Promotion, l string) app.UI {
	return app.Div().Class("sc-tpl-price").Body(
		promo.Price(p, l),
		app.If(p.WasPrice > p.Price, func() app.UI {
			return app.P().Class("sc-tpl-save").Text(i18n.T(l, i18n.SignageSave, "Amount", content.FormatPrice(p.WasPrice-p.Price)))
		}),
	)
}

// claim is a coupon's QR code and what to do with it.
func claim(l, title, qr string) app.UI {
	return app.Div().Class("sc-coupon-slide-claim").Body(
		app.If(title != "", func() app.UI { return app.P().Class("sc-coupon-slide-name").Text(title) }),
		app.If(qr != "", func() app.UI { return app.Raw(qr) }),
		app.P().Class("sc-coupon-slide-scan").Text(i18n.T(l, i18n.SignageCouponScan)),
		app.P().Class("sc-coupon-slide-kiosk").Text(i18n.T(l, i18n.SignageCouponKiosk)),
	)
}

// LinkedCampaign returns the claimable campaign that offers a coupon for
// promotion id on a screen in groups at now, if any.
func LinkedCampaign(snap *content.Snapshot, id string, groups []string, now time.Time) (content.Campaign, bool) {
	return content.ForPromotion(snap.ClaimableCampaigns(now, groups), id)
}
