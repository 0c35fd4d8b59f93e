// Package promo renders a promotion the same way on every surface: title,
// body, image, the one price and the price it was.
package promo

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

// Card is one promotion as HTML. Text is always rendered as text, never as
// markup, whatever staff typed. now, in the store's zone, is what the last
// day of the offer is said from ("until tomorrow").
func Card(p content.Promotion, locale string, headingLevel int, now time.Time) app.HTMLArticle {
	title := p.Title.In(locale)
	heading := app.H2().Class("sc-promo-title").Text(title)
	var h app.UI = heading
	if headingLevel == 1 {
		h = app.H1().Class("sc-promo-title").Text(title)
	}
	return app.Article().
		Class("sc-promo").
		DataSet("id", p.ID).
		Body(
			app.If(p.Image != "", func() app.UI {
				return app.Img().
					Class("sc-promo-image").
					Src(p.Image).
					Alt(title).
					Attr("decoding", "async")
			}),
			app.Div().Class("sc-promo-text").Body(
				h,
				app.If(p.Body.In(locale) != "", func() app.UI {
					return app.P().Class("sc-promo-body").Text(p.Body.In(locale))
				}),
				Price(p, locale),
				app.If(p.ValidTo != nil, func() app.UI {
					return app.P().Class("sc-promo-until").
						Text(i18n.T(locale, i18n.ValidUntil, "Date", i18n.LastDay(locale, *p.ValidTo, now)))
				}),
			),
		)
}

// Price shows the price and, when there is one, the struck-through price it
// was; the old price is also said in words, so it is not colour or strike
// alone that tells them apart.
func Price(p content.Promotion, locale string) app.UI {
	return app.P().Class("sc-price").Body(
		app.Span().Class("sc-price-now").
			Text(i18n.T(locale, i18n.Price, "Price", content.FormatPrice(p.Price))),
		app.If(p.WasPrice > 0, func() app.UI {
			return app.Del().Class("sc-price-was").
				Text(i18n.T(locale, i18n.WasPrice, "Price", content.FormatPrice(p.WasPrice)))
		}),
	)
}
