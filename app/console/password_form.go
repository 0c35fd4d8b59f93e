package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
)

// PasswordForm changes the staff member's password. The server then ends
// every session of theirs, this one too.
type PasswordForm struct {
	app.Compo
	API       *client.Client
	Locale    string
	OnChanged func(ctx app.Context)

	current, next, repeat string
	problems              form.Problems
	busy                  bool
}

const passwordForm = "password"

func (f *PasswordForm) submit(ctx app.Context) {
	ps := form.Problems{}
	form.CheckRequired(ps, "current", f.current)
	form.CheckPassword(ps, "new", f.next)
	form.CheckRepeat(ps, "repeat", f.next, f.repeat)
	if len(ps) > 0 {
		f.show(ctx, ps)
		return
	}
	f.busy = true
	cur, next := f.current, f.next
	ctx.Async(func() {
		err := f.API.ChangePassword(ctx, cur, next)
		ctx.Dispatch(func(ctx app.Context) {
			f.busy = false
			if err != nil {
				f.show(ctx, ProblemsOf(err))
				return
			}
			f.current, f.next, f.repeat, f.problems = "", "", "", nil
			clearFields(ctx, passwordForm, "current", "new", "repeat")
			if f.OnChanged != nil {
				f.OnChanged(ctx)
			}
		})
	})
}

func (f *PasswordForm) show(ctx app.Context, ps form.Problems) {
	f.problems = ps
	if name, ok := ps.First("current", "new", "repeat"); ok {
		focusField(ctx, passwordForm, name)
	}
}

func (f *PasswordForm) Render() app.UI {
	l := f.Locale
	fl := func(name, label, hint, auto string) field {
		return field{Form: passwordForm, Name: name, Label: label, Hint: hint, Err: f.problems.In(l, name), AutoComplete: auto}
	}
	return app.Section().Class("cs-panel").Aria("labelledby", "password-title").Body(
		app.H2().ID("password-title").Text(i18n.T(l, i18n.ConsolePasswordChange)),
		app.Form().ID(passwordForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(f.submit)).Body(
			fl("current", i18n.T(l, i18n.ConsolePasswordCurrent), "", "current-password").input("password", f.current, f.ValueTo(&f.current)),
			fl("new", i18n.T(l, i18n.ConsolePasswordNew), i18n.T(l, i18n.ConsolePasswordHint), "new-password").input("password", f.next, f.ValueTo(&f.next)),
			fl("repeat", i18n.T(l, i18n.ConsolePasswordRepeat), "", "new-password").input("password", f.repeat, f.ValueTo(&f.repeat)),
			formErr(f.problems.In(l, "")),
			app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePasswordSignsOut)),
			submit(i18n.T(l, i18n.ConsolePasswordChangeButton), f.busy),
		),
	)
}
