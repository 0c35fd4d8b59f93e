package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// SignIn is the sign-in form. Checking: the console is still asking the
// server whether a session exists (and the prerendered shell, before the
// app runs), so the form waits.
type SignIn struct {
	app.Compo
	API      *client.Client
	Locale   string
	Checking bool
	Notice   string
	OnDone   func(ctx app.Context, me rest.Me)

	username, password string
	problems           form.Problems
	busy               bool
}

const signInForm = "signin"

func (s *SignIn) submit(ctx app.Context) {
	ps := form.Problems{}
	form.CheckRequired(ps, "username", s.username)
	form.CheckRequired(ps, "password", s.password)
	if s.show(ctx, ps) {
		return
	}
	s.busy = true
	user, pass := strings.TrimSpace(s.username), s.password
	ctx.Async(func() {
		me, err := s.API.Login(ctx, user, pass)
		ctx.Dispatch(func(ctx app.Context) {
			s.busy = false
			if err != nil {
				s.password = ""
				clearFields(ctx, signInForm, "password")
				s.show(ctx, ProblemsOf(err))
				return
			}
			s.password, s.problems = "", nil
			if s.OnDone != nil {
				s.OnDone(ctx, me)
			}
		})
	})
}

// show puts problems on the form and focuses the first; false when none.
// A problem of the whole form (a wrong password) focuses the password,
// emptied for another try: the button pressed was disabled while the
// server answered, which left focus on nothing.
func (s *SignIn) show(ctx app.Context, ps form.Problems) bool {
	s.problems = ps
	if f, ok := ps.First("username", "password"); ok {
		focusField(ctx, signInForm, f)
	} else if len(ps) > 0 {
		focusField(ctx, signInForm, "password")
	}
	return len(ps) > 0
}

func (s *SignIn) Render() app.UI {
	l := s.Locale
	f := func(name, label, auto string) field {
		return field{Form: signInForm, Name: name, Label: label, Err: s.problems.In(l, name), Required: true, AutoComplete: auto, Disabled: s.Checking}
	}
	status := s.Notice
	if s.Checking {
		status = i18n.T(l, i18n.ConsoleLoading)
	}
	return app.Section().Class("cs-view cs-narrow").Body(
		viewTitle(i18n.T(l, i18n.ConsoleSignInTitle)),
		app.P().Class("cs-status").Attr("role", "status").Text(status),
		app.Form().ID(signInForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(s.submit)).Body(
			f("username", i18n.T(l, i18n.ConsoleUsername), "username").input("text", s.username, s.ValueTo(&s.username)),
			f("password", i18n.T(l, i18n.ConsolePassword), "current-password").input("password", s.password, s.ValueTo(&s.password)),
			formErr(s.problems.In(l, "")),
			submit(i18n.T(l, i18n.ConsoleSignIn), s.busy || s.Checking),
		),
	)
}
