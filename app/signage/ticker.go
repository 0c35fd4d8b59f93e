package signage

import (
	"strconv"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/slide"
)

// tickerView is the bar of the ticker layout: every live promotion for
// this screen with its price, scrolling (still, for people who ask for
// less motion), and the store's time.
func (p *Page) tickerView() app.UI {
	l := p.deck.Cur.Locale
	promos := p.promotions(p.clock.Now())
	items := make([]string, len(promos))
	chars := 0
	for i, pr := range promos {
		items[i] = pr.Title.In(l) + "  " + i18n.T(l, i18n.Price, "Price", content.FormatPrice(pr.Price))
		chars += utf8.RuneCountInString(items[i]) + 4
	}
	// About four characters a second, whatever the length.
	seconds := strconv.Itoa(max(20, chars/4))
	t, _ := p.clockText(l)
	track := func(hidden bool) app.UI {
		return app.Ul().Class("sc-ticker-items").Aria("hidden", hidden).Body(
			app.Range(items).Slice(func(i int) app.UI {
				return app.Li().Class("sc-ticker-item").Text(items[i])
			}),
		)
	}
	return app.Div().Class("sc-ticker").Lang(l).Body(
		app.Div().Class("sc-ticker-window").Aria("label", i18n.T(l, i18n.SignageTicker)).Body(
			// Two copies: when the first has scrolled away, the second is
			// exactly where the first began.
			app.Div().Class("sc-ticker-track").Style("--sc-ticker-s", seconds+"s").Body(track(false), track(true)),
		),
		// The zones layout's panel tells the time already.
		app.If(!zoned(p.deck.Cur.Entry), func() app.UI { return app.P().Class("sc-ticker-clock").Text(t) }),
	)
}

// showsClock reports whether the store's time is on screen.
func (p *Page) showsClock() bool {
	c := p.deck.Cur
	return c.Layout == content.LayoutTicker || zoned(c.Entry) || c.Slide.Kind == content.SlideClock && !c.Fallback
}

// clockText returns the time (HH:MM) and the date in the store's zone, in
// locale.
func (p *Page) clockText(locale string) (string, string) {
	return slide.ClockText(p.clock.Now().In(p.deck.Player.Location(p.state.Snapshot.Signage)), locale)
}
