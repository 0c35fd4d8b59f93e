// Package home is the start page at /: it points a freshly set-up device at
// the screen it should show.
package home

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/kiosk"
	"storecast/app/screen"
	"storecast/app/signage"
)

// Page is the start page.
type Page struct {
	app.Compo
	state screen.State
}

func (p *Page) OnInit() {
	if app.IsClient {
		p.state.Locale = screen.LocaleOf(app.Window().URL())
	}
}

func (p *Page) OnPreRender(ctx app.Context) {
	p.state.PreRender(ctx, nil, i18n.T(screen.LocaleOf(ctx.Page().URL()), i18n.HomeTitle))
}

func (p *Page) OnNav(ctx app.Context) { p.state.Nav(ctx) }

func (p *Page) Render() app.UI {
	l := p.state.Locale
	q := "?lang=" + l
	return app.Div().Class("sc-home").Body(
		app.Header().Class("sc-bar").Body(
			app.P().Class("sc-brand").Text(i18n.T(l, i18n.AppName)),
			p.state.Languages("/"),
		),
		app.Main().Class("sc-main").Body(
			app.H1().Text(i18n.T(l, i18n.HomeTitle)),
			app.P().Text(i18n.T(l, i18n.HomeIntro)),
			app.Ul().Class("sc-choices").Body(
				app.Li().Body(app.A().Class("sc-choice").Href(kiosk.Path+q).Text(i18n.T(l, i18n.OpenKiosk))),
				app.Li().Body(app.A().Class("sc-choice").Href(signage.Path+q).Text(i18n.T(l, i18n.OpenSignage))),
			),
		),
	)
}
