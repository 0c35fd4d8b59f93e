package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// UserForm adds a staff account with a role.
type UserForm struct {
	app.Compo
	API     *client.Client
	Locale  string
	OnAdded func(ctx app.Context, username string)

	username, password, role string
	problems                 form.Problems
	busy                     bool
}

const userForm = "user"

func (f *UserForm) OnMount(ctx app.Context) { f.role = rest.RoleEditor }

func (f *UserForm) submit(ctx app.Context) {
	ps := form.Problems{}
	name := strings.TrimSpace(f.username)
	form.CheckUsername(ps, "username", name)
	form.CheckPassword(ps, "password", f.password)
	if len(ps) > 0 {
		f.show(ctx, ps)
		return
	}
	f.busy = true
	pass, role := f.password, f.role
	ctx.Async(func() {
		err := f.API.AddUser(ctx, name, pass, role)
		ctx.Dispatch(func(ctx app.Context) {
			f.busy = false
			if err != nil {
				f.show(ctx, ProblemsOf(err))
				return
			}
			f.username, f.password, f.problems = "", "", nil
			clearFields(ctx, userForm, "username", "password")
			if f.OnAdded != nil {
				f.OnAdded(ctx, name)
			}
		})
	})
}

func (f *UserForm) show(ctx app.Context, ps form.Problems) {
	f.problems = ps
	if name, ok := ps.First("username", "password", "role"); ok {
		focusField(ctx, userForm, name)
	}
}

func (f *UserForm) Render() app.UI {
	l := f.Locale
	fl := func(name, label, hint string) field {
		return field{Form: userForm, Name: name, Label: label, Hint: hint, Err: f.problems.In(l, name), AutoComplete: "off"}
	}
	roles := [][2]string{
		{rest.RoleEditor, i18n.T(l, i18n.ConsoleRoleEditor)},
		{rest.RoleCashier, i18n.T(l, i18n.ConsoleRoleCashier)},
		{rest.RoleAdmin, i18n.T(l, i18n.ConsoleRoleAdmin)},
	}
	return app.Section().Class("cs-panel").Aria("labelledby", "user-add-title").Body(
		app.H2().ID("user-add-title").Text(i18n.T(l, i18n.ConsoleUserAdd)),
		app.Form().ID(userForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(f.submit)).Body(
			fl("username", i18n.T(l, i18n.ConsoleUsername), i18n.T(l, i18n.ConsoleUsernameHint)).input("text", f.username, f.ValueTo(&f.username)),
			withAuto(fl("password", i18n.T(l, i18n.ConsolePassword), i18n.T(l, i18n.ConsolePasswordHint)), "new-password").input("password", f.password, f.ValueTo(&f.password)),
			fl("role", i18n.T(l, i18n.ConsoleRole), i18n.T(l, i18n.ConsoleRoleHint)).radios(f.role, roles, func(v string) app.EventHandler {
				return func(ctx app.Context, e app.Event) { f.role = v }
			}),
			formErr(f.problems.In(l, "")),
			submit(i18n.T(l, i18n.ConsoleUserAddButton), f.busy),
		),
	)
}
