package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
)

// Nav is the console's menu: only the views the staff member's role may
// open.
type Nav struct {
	app.Compo
	Locale  string
	Role    string
	Current string
}

func (n *Nav) Render() app.UI {
	vs := viewsFor(n.Role)
	return app.Nav().Class("cs-nav").Aria("label", i18n.T(n.Locale, i18n.ConsoleNavLabel)).Body(
		app.Ul().Body(app.Range(vs).Slice(func(i int) app.UI {
			v := vs[i]
			a := app.A().Class("cs-nav-link").Href(v.path).DataSet("view", v.path).Text(i18n.T(n.Locale, v.label))
			if v.path == n.Current {
				a = a.Aria("current", "page")
			}
			return app.Li().Body(a)
		})),
	)
}
