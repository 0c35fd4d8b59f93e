package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
)

// Nav is the console's menu: only the views the staff member's role may
// open. On a phone it folds into one button that names the current view
// (a dozen views would otherwise wrap into four rows above every page);
// from 40rem up every view is in sight and the button is hidden.
type Nav struct {
	app.Compo
	Locale  string
	Role    string
	HQ      bool // head office: its own views join the menu
	Current string

	open bool
}

const navListID = "cs-nav-list"

func (n *Nav) Render() app.UI {
	l := n.Locale
	vs := viewsFor(n.Role, n.HQ)
	current := i18n.T(l, i18n.ConsoleNavLabel)
	for _, v := range vs {
		if v.path == n.Current {
			current = i18n.T(l, v.label)
		}
	}
	class := "cs-nav"
	if n.open {
		class += " is-open"
	}
	return app.Nav().Class(class).Aria("label", i18n.T(l, i18n.ConsoleNavLabel)).Body(
		app.Button().Type("button").Class("cs-nav-toggle").
			Aria("expanded", n.open).Aria("controls", navListID).
			OnClick(func(ctx app.Context, e app.Event) { n.open = !n.open }).
			Body(
				// Drawn, not the ☰ character: a glyph is text whose
				// contrast axe cannot measure, and fonts draw it apart.
				app.Raw(`<svg class="cs-nav-toggle-icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" stroke-width="2.5"/></svg>`),
				app.Span().Text(i18n.T(l, i18n.ConsoleNavMenu, "View", current)),
			),
		app.Ul().ID(navListID).Body(app.Range(vs).Slice(func(i int) app.UI {
			v := vs[i]
			a := app.A().Class("cs-nav-link").Href(v.path).DataSet("view", v.path).Text(i18n.T(l, v.label)).
				OnClick(func(ctx app.Context, e app.Event) { n.open = false })
			if v.path == n.Current {
				a = a.Aria("current", "page")
			}
			return app.Li().Body(a)
		})),
	)
}
