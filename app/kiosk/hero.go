package kiosk

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/promo"
)

// hero is one offer as the attract loop shows it, across the screen: its
// picture (its category's when it has none) with the price on a badge,
// then its name, what it is and its last day, in the store's brand
// colours, to be seen from across the aisle.
func hero(pr content.Promotion, cats []content.Category, l string, now time.Time) app.UI {
	body := pr.Body.In(l)
	last := until(l, pr, now)
	return app.Article().Class("sc-hero").DataSet("id", pr.ID).Body(
		app.Div().Class("sc-hero-picture").Body(
			// The name is beside it: the picture is decoration.
			app.Img().Src(promoPicture(pr, cats)).Attr("role", "presentation").Attr("decoding", "async"),
			app.Div().Class("sc-hero-badge").Body(promo.Price(pr, l)),
		),
		app.Div().Class("sc-hero-text").Body(
			app.H2().Class("sc-promo-title").Text(pr.Title.In(l)),
			app.If(body != "", func() app.UI { return app.P().Class("sc-promo-body").Text(body) }),
			app.If(last != "", func() app.UI { return app.P().Class("sc-promo-until").Text(last) }),
		),
	)
}

// start is the attract loop's way in: "touch the screen to start" in the
// shopper's language, and under it in the others, each marked with its
// language so it is read in its own voice; it says only its own.
func (v *view) start(to Route) app.UI {
	l := v.route.Locale
	label := i18n.T(l, i18n.KioskStart)
	v.choices = append(v.choices, label)
	var others []app.UI
	for _, loc := range content.Locales {
		if loc != l {
			others = append(others, app.Span().Lang(loc).Text(i18n.T(loc, i18n.KioskStart)))
		}
	}
	return app.A().Class("sc-choice sc-start").Href(to.URL()).DataSet("say", label).Body(
		icon("touch"),
		app.Span().Class("sc-choice-label").Text(label),
		app.Span().Class("sc-start-others").Body(others...),
	)
}
