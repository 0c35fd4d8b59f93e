// Package kiosk is the shoppers' touch screen at /kiosk: today's live
// promotions as a list, in the shopper's language.
package kiosk

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/live"
	"storecast/app/promo"
	"storecast/app/screen"
)

// Path is where the kiosk lives.
const Path = "/kiosk"

// Page is the kiosk surface.
type Page struct {
	app.Compo
	Source  screen.Source
	state   screen.State
	touched time.Time
	stop    chan struct{}
}

func (p *Page) OnInit() { p.state.Init() }

func (p *Page) OnPreRender(ctx app.Context) {
	p.state.PreRender(ctx, p.Source, i18n.T(screen.LocaleOf(ctx.Page().URL()), i18n.KioskTitle))
}

func (p *Page) OnNav(ctx app.Context) { p.state.Nav(ctx) }

// QuietAfter is how long nobody must have touched the kiosk before it
// reloads into a new app version.
const QuietAfter = 60 * time.Second

func (p *Page) OnMount(ctx app.Context) {
	p.state.Mount(ctx, content.KindKiosk, nil)
	p.touched = time.Now()
	p.stop = make(chan struct{})
	stop := p.stop
	ctx.Async(func() {
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				ctx.Dispatch(func(ctx app.Context) {
					if time.Since(p.touched) >= QuietAfter {
						p.state.ReloadIfUpdated(ctx)
					}
				})
			case <-stop:
				return
			}
		}
	})
}

func (p *Page) OnAppUpdate(ctx app.Context) { p.state.AppUpdated() }

func (p *Page) OnDismount() {
	close(p.stop)
	p.state.Dismount()
}

// touch notes that a shopper is using the kiosk.
func (p *Page) touch(ctx app.Context, e app.Event) {
	p.touched = time.Now()
	ctx.PreventUpdate()
}

func (p *Page) Render() app.UI {
	l := p.state.Locale
	promos := p.state.Promotions()
	return app.Div().Class("sc-kiosk").
		On("pointerdown", p.touch).
		On("keydown", p.touch).
		Body(
			app.A().Class("sc-skip").Href("#offers").Text(i18n.T(l, i18n.SkipToContent)),
			app.Header().Class("sc-bar").Body(
				app.P().Class("sc-brand").Text(i18n.T(l, i18n.AppName)),
				p.state.Languages(Path),
			),
			app.Main().ID("offers").Class("sc-main").Body(
				app.H1().Text(i18n.T(l, i18n.KioskTitle)),
				app.P().Class("sc-count").Text(i18n.N(l, i18n.PromotionCount, len(promos))),
				app.If(len(promos) == 0, func() app.UI {
					return app.P().Class("sc-empty").Text(i18n.T(l, i18n.NoPromotions))
				}).Else(func() app.UI {
					return app.Ul().Class("sc-promo-list").Body(
						app.Range(promos).Slice(func(i int) app.UI {
							return app.Li().Body(promo.Card(promos[i], l, 2))
						}),
					)
				}),
			),
			app.Footer().Class("sc-foot").Body(p.state.Badge()),
			app.If(app.IsServer, func() app.UI { return live.BootElement(p.state.Boot) }),
		)
}
