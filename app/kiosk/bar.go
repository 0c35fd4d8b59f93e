package kiosk

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/a11y"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/screen"
)

// top is the header: the store's name, and Back and Home wherever they
// lead somewhere.
func (p *Page) top() app.HTMLHeader {
	l := p.route.Locale
	nav := p.route.Screen != Attract && p.route.Screen != Menu
	return app.Header().Class("sc-top").Body(
		screen.BrandMark(p.state.Snapshot.Brand, l, i18n.T(l, i18n.AppName), "sc-brand"),
		app.If(nav, func() app.UI {
			return app.Nav().Class("sc-nav").Aria("label", i18n.T(l, i18n.NavLabel)).Body(
				app.A().Class("sc-nav-link sc-nav-back").Href(p.route.Back().URL()).Text(i18n.T(l, i18n.NavBack)),
				app.A().Class("sc-nav-link sc-nav-home").Href(p.route.To(Menu).URL()).Text(i18n.T(l, i18n.NavHome)),
			)
		}),
		p.state.Badge(),
	)
}

// bar is the accessibility bar: always at the bottom, on every screen, one
// tap from each mode, each language and reading the screen aloud. In elder
// mode it holds only reading aloud, a big "call staff" and the way out.
func (p *Page) bar() app.HTMLFooter {
	l := p.route.Locale
	m := p.route.Modes
	var items []app.UI
	if m.Has(Elder) {
		items = append(items,
			p.readButton(),
			app.Button().Type("button").ID("sc-bar-call").Class("sc-tool sc-tool-call").
				Text(i18n.T(l, i18n.CallStaff)).OnClick(p.onCallStaff),
			app.Button().Type("button").ID("sc-bar-exit").Class("sc-tool sc-exit").
				Text(i18n.T(l, i18n.ModeElderExit)).
				OnClick(func(ctx app.Context, e app.Event) { p.toggle(ctx, Elder) }),
		)
	} else {
		items = append(items,
			app.Div().Class("sc-modes").Body(
				p.modeButton(Large, i18n.T(l, i18n.ModeLarge)),
				p.modeButton(Contrast, i18n.T(l, i18n.ModeContrast)),
				p.modeButton(Voice, i18n.T(l, i18n.ModeVoice)),
				p.modeButton(Elder, i18n.T(l, i18n.ModeElder)),
			),
			p.languages(),
			p.readButton(),
		)
	}
	return app.Footer().Class("sc-a11y").Body(
		app.Nav().Class("sc-a11y-bar").Aria("label", i18n.T(l, i18n.A11yBarLabel)).Body(items...),
		app.If(m.Has(Elder) && p.call != callNone, p.callStatus),
		app.If(app.IsClient && p.voice == a11y.VoiceNone && (m.Has(Voice) || p.noVoice), func() app.UI {
			return app.P().ID("sc-novoice").Class("sc-novoice").Attr("role", "alert").Text(i18n.T(l, i18n.NoVoice))
		}),
	)
}

// modeButton turns a mode on or off. In the attract loop it also starts a
// session, since a shopper who needs a mode is here.
func (p *Page) modeButton(mode Modes, label string) app.UI {
	on := p.route.Modes&mode != 0
	return app.Button().Type("button").ID(modeButtonID(mode)).Class("sc-tool sc-mode").
		Aria("pressed", on).
		DataSet("mode", mode.String()).
		DataSet("say", modeSay(p.route.Locale, label, on)).
		Text(label).
		OnClick(func(ctx app.Context, e app.Event) { p.toggle(ctx, mode) })
}

func modeButtonID(mode Modes) string { return "sc-mode-" + mode.String() }

func (p *Page) readButton() app.UI {
	return app.Button().Type("button").ID("sc-read").Class("sc-tool sc-read").
		Text(i18n.T(p.route.Locale, i18n.ReadAloud)).
		OnClick(func(ctx app.Context, e app.Event) { p.readAloud(ctx, false) })
}

// languages is the language switch: each language named in itself.
func (p *Page) languages() app.UI {
	l := p.route.Locale
	var links []app.UI
	for _, loc := range content.Locales {
		r := p.route
		r.Locale = loc
		if r.Screen == Attract {
			r = r.To(Menu)
		}
		a := app.A().Class("sc-tool sc-lang").Href(r.URL()).Lang(loc).Text(i18n.Name(loc))
		if loc == l {
			a = a.Aria("current", "page")
		}
		links = append(links, a)
	}
	return app.Div().Class("sc-langs").Attr("role", "group").Aria("label", i18n.T(l, i18n.LanguageLabel)).Body(links...)
}

// warning is the idle countdown: one big "more time". In elder and voice
// modes it is a calm question that fills the screen rather than a pop-up
// over it (a shopper who cannot see the screen well should not have to
// find a small box on it);
// in every mode it is a modal dialog that holds focus, and any touch or
// key keeps the session.
func (p *Page) warning() app.UI {
	l := p.route.Locale
	class := "sc-idle-backdrop"
	if p.route.Modes.Has(Elder) || p.route.Modes.Has(Voice) {
		class += " sc-idle-full"
	}
	return app.Div().Class(class).Body(
		app.Div().Class("sc-idle").ID("sc-idle").
			Attr("role", "alertdialog").Aria("modal", "true").
			Aria("labelledby", "sc-idle-title").Aria("describedby", "sc-idle-count").
			Body(
				app.H2().ID("sc-idle-title").Text(i18n.T(l, i18n.IdleTitle)),
				app.P().ID("sc-idle-count").Class("sc-idle-count").Text(i18n.N(l, i18n.IdleCountdown, p.left)),
				app.P().Class("sc-idle-why").Text(i18n.T(l, i18n.IdleWhy)),
				app.Button().Type("button").ID("sc-more-time").Class("sc-choice sc-more-time").
					Text(i18n.T(l, i18n.IdleMore)).OnClick(p.onMoreTime),
			),
	)
}
