package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Setup creates the first admin on a fresh install, proven by the setup
// token in the server's data directory; then signs them in.
type Setup struct {
	app.Compo
	API    *client.Client
	Locale string
	OnDone func(ctx app.Context, me rest.Me)

	token, username, password, repeat string
	problems                          form.Problems
	busy                              bool
}

const setupForm = "setup"

var setupFields = []string{"token", "username", "password", "repeat", ""}

func (s *Setup) submit(ctx app.Context) {
	ps := form.Problems{}
	form.CheckRequired(ps, "token", s.token)
	form.CheckUsername(ps, "username", strings.TrimSpace(s.username))
	form.CheckPassword(ps, "password", s.password)
	form.CheckRepeat(ps, "repeat", s.password, s.repeat)
	if s.show(ctx, ps) {
		return
	}
	s.busy = true
	token, user, pass := strings.TrimSpace(s.token), strings.TrimSpace(s.username), s.password
	ctx.Async(func() {
		err := s.API.Setup(ctx, token, user, pass)
		var me rest.Me
		if err == nil {
			me, err = s.API.Login(ctx, user, pass)
		}
		ctx.Dispatch(func(ctx app.Context) {
			s.busy = false
			if err != nil {
				s.show(ctx, ProblemsOf(err))
				return
			}
			if s.OnDone != nil {
				s.OnDone(ctx, me)
			}
		})
	})
}

func (s *Setup) show(ctx app.Context, ps form.Problems) bool {
	s.problems = ps
	if f, ok := ps.First(setupFields...); ok && f != "" {
		focusField(ctx, setupForm, f)
	}
	return len(ps) > 0
}

func (s *Setup) Render() app.UI {
	l := s.Locale
	f := func(name, label, hint string) field {
		auto := map[string]string{"token": "off", "username": "username", "password": "new-password", "repeat": "new-password"}[name]
		return field{Form: setupForm, Name: name, Label: label, Hint: hint, Err: s.problems.In(l, name), Required: true, AutoComplete: auto}
	}
	return app.Section().Class("cs-view cs-narrow").Body(
		viewTitle(i18n.T(l, i18n.ConsoleSetupTitle)),
		app.P().Text(i18n.T(l, i18n.ConsoleSetupIntro)),
		app.Form().ID(setupForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(s.submit)).Body(
			f("token", i18n.T(l, i18n.ConsoleSetupToken), i18n.T(l, i18n.ConsoleSetupTokenHint)).input("password", s.token, s.ValueTo(&s.token)),
			f("username", i18n.T(l, i18n.ConsoleUsername), i18n.T(l, i18n.ConsoleUsernameHint)).input("text", s.username, s.ValueTo(&s.username)),
			f("password", i18n.T(l, i18n.ConsolePassword), i18n.T(l, i18n.ConsolePasswordHint)).input("password", s.password, s.ValueTo(&s.password)),
			f("repeat", i18n.T(l, i18n.ConsolePasswordRepeat), "").input("password", s.repeat, s.ValueTo(&s.repeat)),
			formErr(s.problems.In(l, "")),
			submit(i18n.T(l, i18n.ConsoleSetupCreate), s.busy),
		),
	)
}
