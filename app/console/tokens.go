package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Tokens lists API tokens for automation (an admin sees everyone's), makes
// one and shows its secret once, and revokes them.
type Tokens struct {
	app.Compo
	API    *client.Client
	Locale string
	Me     rest.Me

	list       []rest.Token
	owners     map[string]string // user id → username, for an admin's list
	name       string
	secret     string // the new token's secret, shown until the next change
	confirming string
	busy       string
	problems   form.Problems
}

const tokenForm = "token"

func (t *Tokens) OnMount(ctx app.Context) { t.load(ctx) }

func (t *Tokens) load(ctx app.Context) {
	ctx.Async(func() {
		ts, owners, err := t.fetch(ctx)
		ctx.Dispatch(func(app.Context) { t.show(ts, owners, err) })
	})
}

// fetch reads the tokens, and for an admin their owners' names.
func (t *Tokens) fetch(ctx app.Context) ([]rest.Token, map[string]string, error) {
	ts, err := t.API.Tokens(ctx)
	if err != nil || !can(t.Me.Role, "users") {
		return ts, nil, err
	}
	var owners map[string]string
	if us, uerr := t.API.Users(ctx); uerr == nil {
		owners = make(map[string]string, len(us))
		for _, u := range us {
			owners[u.ID] = u.Username
		}
	}
	return ts, owners, nil
}

func (t *Tokens) show(ts []rest.Token, owners map[string]string, err error) {
	if err != nil {
		t.problems = ProblemsOf(err)
		return
	}
	t.list, t.owners = ts, owners
}

func (t *Tokens) create(ctx app.Context) {
	ps := form.Problems{}
	form.CheckName(ps, "name", t.name)
	if len(ps) > 0 {
		t.problems = ps
		focusField(ctx, tokenForm, "name")
		return
	}
	t.busy, t.secret = "create", ""
	name := strings.TrimSpace(t.name)
	ctx.Async(func() {
		secret, err := t.API.CreateToken(ctx, name)
		ctx.Dispatch(func(ctx app.Context) {
			t.busy = ""
			if err != nil {
				t.problems = ProblemsOf(err)
				focusField(ctx, tokenForm, "name")
				return
			}
			t.name, t.secret, t.problems = "", secret, nil
			clearFields(ctx, tokenForm, "name")
			focusField(ctx, tokenForm, "secret")
			t.load(ctx)
		})
	})
}

func (t *Tokens) revoke(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		t.busy = id
		// The list is fetched before the one Dispatch: ctx belongs to the
		// confirm button, which that Dispatch removes, and go-app drops a
		// later Dispatch from an unmounted source.
		ctx.Async(func() {
			err := t.API.RevokeToken(ctx, id)
			var ts []rest.Token
			var owners map[string]string
			var lerr error
			if err == nil {
				ts, owners, lerr = t.fetch(ctx)
			}
			ctx.Dispatch(func(ctx app.Context) {
				t.busy, t.confirming, t.secret = "", "", ""
				if err != nil {
					t.problems = ProblemsOf(err)
					return
				}
				t.show(ts, owners, lerr)
			})
		})
	}
}

func (t *Tokens) Render() app.UI {
	l := t.Locale
	name := field{Form: tokenForm, Name: "name", Label: i18n.T(l, i18n.ConsoleTokenName),
		Hint: i18n.T(l, i18n.ConsoleTokenNameHint), Err: t.problems.In(l, "name"), AutoComplete: "off"}
	return app.Section().Class("cs-panel").Aria("labelledby", "tokens-title").Body(
		app.H2().ID("tokens-title").Text(i18n.T(l, i18n.ConsoleTokens)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleTokensIntro)),
		app.Form().ID(tokenForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(t.create)).Body(
			name.input("text", t.name, t.ValueTo(&t.name)),
			formErr(t.problems.In(l, "")),
			submit(i18n.T(l, i18n.ConsoleTokenCreate), t.busy == "create"),
			app.If(t.secret != "", func() app.UI {
				return field{Form: tokenForm, Name: "secret", Label: i18n.T(l, i18n.ConsoleTokenSecret),
					Hint: i18n.T(l, i18n.ConsoleTokenSecretHint)}.box(
					app.Input().ID(fieldID(tokenForm, "secret")).Class("cs-input cs-secret").ReadOnly(true).
						Attr("value", t.secret).Aria("describedby", fieldID(tokenForm, "secret")+"-hint").
						OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
				)
			}),
		),
		app.Ul().Class("cs-cards").Body(app.Range(t.list).Slice(func(i int) app.UI {
			return app.Li().Body(t.card(t.list[i]))
		})),
	)
}

func (t *Tokens) card(tk rest.Token) app.UI {
	l := t.Locale
	return app.Article().Class("cs-card cs-token").DataSet("id", tk.ID).Body(
		app.Div().Class("cs-card-head").Body(
			app.P().Class("cs-card-title").Text(tk.Name),
			app.If(tk.RevokedAt != nil, func() app.UI {
				return app.Span().Class("cs-state is-offline").Text(i18n.T(l, i18n.ConsoleRevoked))
			}),
		),
		app.If(tk.UserID != t.Me.ID, func() app.UI {
			return app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleTokenOwner, "Name", orDash(t.owners[tk.UserID])))
		}),
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleSince, "Date", stamp(l, tk.CreatedAt))),
		app.If(tk.RevokedAt == nil, func() app.UI {
			return app.Div().Class("cs-actions").Body(
				button("danger", i18n.T(l, i18n.ConsoleRevoke), false, func(ctx app.Context, e app.Event) {
					t.confirming = tk.ID
				}).Aria("label", i18n.T(l, i18n.ConsoleRevokeNamed, "Name", tk.Name)),
			)
		}),
		app.If(t.confirming == tk.ID, func() app.UI {
			return confirmBox(l, i18n.T(l, i18n.ConsoleTokenRevokeConfirm, "Name", tk.Name),
				i18n.T(l, i18n.ConsoleRevokeYes), t.busy == tk.ID, t.revoke(tk.ID), &t.confirming)
		}),
	)
}
