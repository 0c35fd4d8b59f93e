package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Redeem is the cashier's till: one big input a USB scanner types into
// (Enter submits), an answer nobody can mistake, and the cashier's own
// redemptions below.
type Redeem struct {
	app.Compo
	API    *client.Client
	Locale string

	code    string
	answer  *RedeemAnswer
	busy    bool
	problem form.Problem
	mine    []content.Coupon
	loaded  bool
	ctx     app.Context
}

const redeemForm = "redeem"

func (v *Redeem) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.load()
	focusField(ctx, redeemForm, "code")
}

func (v *Redeem) load() {
	ctx := v.ctx
	ctx.Async(func() {
		cs, err := v.API.Redemptions(ctx)
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err == nil {
				v.mine = cs
			}
		})
	})
}

func (v *Redeem) submit(ctx app.Context) {
	code := strings.TrimSpace(v.code)
	if v.busy {
		return
	}
	if code == "" {
		v.answer, v.problem = nil, form.Problem{ID: i18n.ConsoleRedeemEmpty}
		focusField(ctx, redeemForm, "code")
		return
	}
	v.busy, v.problem = true, form.Problem{}
	ctx.Async(func() {
		r, err := v.API.Redeem(ctx, code)
		ctx.Dispatch(func(ctx app.Context) {
			v.busy = false
			if err != nil {
				v.answer, v.problem = nil, ProblemsOf(err)[""]
				focusField(ctx, redeemForm, "code")
				return
			}
			a := Answer(v.Locale, r, code)
			v.answer, v.code = &a, ""
			clearFields(ctx, redeemForm, "code")
			focusField(ctx, redeemForm, "code")
			if r.Outcome == rest.OutcomeRedeemed {
				v.load()
			}
		})
	})
}

func (v *Redeem) Render() app.UI {
	l := v.Locale
	in := typedValue(app.Input().ID(fieldID(redeemForm, "code")), fieldID(redeemForm, "code"), v.code).Name("code").Type("text").
		Class("cs-input cs-redeem-input").
		Attr("autocomplete", "off").Attr("autocapitalize", "characters").Attr("spellcheck", "false").
		Attr("enterkeyhint", "go").AutoFocus(true).
		Aria("describedby", fieldID(redeemForm, "code")+"-hint").
		OnInput(v.ValueTo(&v.code))
	return app.Section().Class("cs-view cs-redeem").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavRedeem)),
		app.Form().ID(redeemForm).Class("cs-form cs-redeem-form").Attr("novalidate", true).OnSubmit(onSubmit(v.submit)).Body(
			app.Div().Class("cs-field").Body(
				app.Label().For(fieldID(redeemForm, "code")).Class("cs-label").Text(i18n.T(l, i18n.ConsoleRedeemCode)),
				app.P().ID(fieldID(redeemForm, "code")+"-hint").Class("cs-hint").Text(i18n.T(l, i18n.ConsoleRedeemHint)),
				in,
			),
			submit(i18n.T(l, i18n.ConsoleRedeemSubmit), v.busy),
		),
		formErr(v.problem.In(l)),
		app.Div().Class("cs-redeem-slot").Attr("role", "alert").Body(
			app.If(v.answer != nil, func() app.UI { return v.answer.View() }),
		),
		app.H2().Class("cs-redeem-mine-title").Text(i18n.T(l, i18n.ConsoleRedeemMine)),
		app.If(v.loaded && len(v.mine) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleRedeemNone))
		}),
		app.Ul().Class("cs-list cs-redeem-mine").Body(app.Range(v.mine).Slice(func(i int) app.UI {
			c := v.mine[i]
			when := ""
			if c.RedeemedAt != nil {
				when = stamp(l, *c.RedeemedAt)
			}
			return app.Li().Class("cs-redeem-row").Body(
				app.Span().Class("cs-secret").Text(c.Code),
				app.Span().Text(" · "+c.Title.In(l)),
				app.Span().Class("cs-meta").Text(" · "+when),
			)
		})),
	)
}
