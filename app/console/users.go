package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Users is the admin's list of staff accounts: add one with a role, or
// delete one (never your own).
type Users struct {
	app.Compo
	API    *client.Client
	Locale string
	Me     rest.Me

	list       []rest.User
	confirming string
	busy       string
	problem    form.Problem
	note       string
	ctx        app.Context // the view's own: a child's dies with the child
}

func (v *Users) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.load()
}

func (v *Users) load() {
	ctx := v.ctx
	ctx.Async(func() {
		us, err := v.API.Users(ctx)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.list, v.problem = us, form.Problem{}
		})
	})
}

func (v *Users) added(ctx app.Context, username string) {
	v.note = i18n.T(v.Locale, i18n.ConsoleUserAdded, "Name", username)
	v.load()
}

func (v *Users) remove(u rest.User) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = u.ID
		ctx.Async(func() {
			err := v.API.DeleteUser(ctx, u.ID)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy, v.confirming = "", ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.note = i18n.T(v.Locale, i18n.ConsoleUserDeleted, "Name", u.Username)
				v.load()
			})
		})
	}
}

func (v *Users) Render() app.UI {
	l := v.Locale
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavUsers)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Ul().Class("cs-cards").Body(app.Range(v.list).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(v.list[i]))
		})),
		&UserForm{API: v.API, Locale: l, OnAdded: v.added},
	)
}

func (v *Users) card(u rest.User) app.UI {
	l := v.Locale
	self := u.ID == v.Me.ID
	return app.Article().Class("cs-card cs-user").DataSet("id", u.ID).Body(
		app.Div().Class("cs-card-head").Body(
			app.H2().Class("cs-card-title").Text(u.Username),
			app.Span().Class("cs-role").Text(i18n.T(l, roleLabel(u.Role))),
		),
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleSince, "Date", stamp(l, u.CreatedAt))),
		app.If(self, func() app.UI {
			return app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleThisIsYou))
		}).Else(func() app.UI {
			return app.Div().Class("cs-actions").Body(
				button("danger", i18n.T(l, i18n.ConsoleDelete), false, func(ctx app.Context, e app.Event) {
					v.confirming = u.ID
				}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", u.Username)),
			)
		}),
		app.If(v.confirming == u.ID, func() app.UI {
			return confirmBox(l, i18n.T(l, i18n.ConsoleUserDeleteConfirm, "Name", u.Username),
				i18n.T(l, i18n.ConsoleDeleteYes), v.busy == u.ID, v.remove(u), &v.confirming)
		}),
	)
}
