package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Account is the staff member's own page: who they are, their password,
// their API tokens, and signing out.
type Account struct {
	app.Compo
	API               *client.Client
	Locale            string
	Me                rest.Me
	OnSignOut         func(ctx app.Context)
	OnPasswordChanged func(ctx app.Context)
}

func (a *Account) Render() app.UI {
	l := a.Locale
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavAccount)),
		app.P().Class("cs-lead").Text(i18n.T(l, i18n.ConsoleWho, "Name", a.Me.Username, "Role", i18n.T(l, roleLabel(a.Me.Role)))),
		app.Div().Class("cs-actions").Body(
			button("", i18n.T(l, i18n.ConsoleSignOut), false, func(ctx app.Context, e app.Event) {
				if a.OnSignOut != nil {
					a.OnSignOut(ctx)
				}
			}).ID("cs-signout"),
		),
		&PasswordForm{API: a.API, Locale: l, OnChanged: a.OnPasswordChanged},
		&Tokens{API: a.API, Locale: l, Me: a.Me},
	)
}
