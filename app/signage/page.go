// Package signage is the display for passers-by at /signage: live
// promotions as full-screen slides that rotate on their own.
package signage

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/live"
	"storecast/app/promo"
	"storecast/app/screen"
)

// Path is where signage lives.
const Path = "/signage"

// SlideDuration is how long each promotion stays on screen.
const SlideDuration = 8 * time.Second

// Page is the signage surface.
type Page struct {
	app.Compo
	Source  screen.Source
	state   screen.State
	current string // id of the promotion on screen: kept across updates
	stop    chan struct{}
}

func (p *Page) OnInit() { p.state.Init() }

func (p *Page) OnPreRender(ctx app.Context) {
	p.state.PreRender(ctx, p.Source, i18n.T(screen.LocaleOf(ctx.Page().URL()), i18n.SignageTitle))
}

func (p *Page) OnNav(ctx app.Context) { p.state.Nav(ctx) }

func (p *Page) OnMount(ctx app.Context) {
	p.state.Mount(ctx, content.KindSignage, func(app.Context) { p.report() })
	p.stop = make(chan struct{})
	stop := p.stop
	ctx.Async(func() {
		t := time.NewTicker(SlideDuration)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				ctx.Dispatch(func(ctx app.Context) {
					// Between two slides is the quiet moment to update.
					if !p.state.ReloadIfUpdated(ctx) {
						p.advance()
						p.report()
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

// advance moves to the slide after the current one, wherever the current
// one now sits in a list that may have changed since.
func (p *Page) advance() {
	promos := p.state.Promotions()
	if len(promos) == 0 {
		return
	}
	p.current = promos[(p.index(promos)+1)%len(promos)].ID
}

// report tells the fleet view what is on screen.
func (p *Page) report() {
	showing := ""
	switch o := p.state.Override(); {
	case p.state.Pairing != nil:
		showing = "pairing"
	case o != nil:
		showing = "override:" + o.ID
	case p.current != "":
		showing = "promotion:" + p.current
	}
	p.state.Report(showing, "")
}

func (p *Page) index(promos []content.Promotion) int {
	for i, pr := range promos {
		if pr.ID == p.current {
			return i
		}
	}
	return 0
}

func (p *Page) Render() app.UI {
	l := p.state.Locale
	promos := p.state.Promotions()
	cur := p.index(promos)
	return app.Main().Class("sc-signage").Body(
		app.H1().Class("sc-visually-hidden").Text(i18n.T(l, i18n.SignageTitle)),
		app.If(len(promos) == 0, func() app.UI {
			return app.Div().Class("sc-slide sc-slide-empty is-current").Body(
				app.P().Class("sc-brand").Text(i18n.T(l, i18n.AppName)),
				app.P().Class("sc-empty").Text(i18n.T(l, i18n.NoPromotions)),
			)
		}).Else(func() app.UI {
			// Every slide stays in the DOM so the next image is already
			// decoded when its turn comes: no blank frame between slides.
			return app.Div().Class("sc-slides").Body(
				app.Range(promos).Slice(func(i int) app.UI {
					class := "sc-slide"
					if i == cur {
						class += " is-current"
					}
					return app.Section().
						Class(class).
						Aria("hidden", i != cur).
						Aria("label", i18n.T(l, i18n.SlidePosition, "Index", i+1, "Total", len(promos))).
						Body(promo.Card(promos[i], l, 2))
				}),
			)
		}),
		p.state.Overlays(),
		app.If(app.IsServer, func() app.UI { return live.BootElement(p.state.Boot) }),
	)
}
