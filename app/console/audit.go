package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// auditPage is how many entries one "older" step loads.
const auditPage = 50

// Audit is the admin's log of every staff change, newest first, with
// "older" paging.
type Audit struct {
	app.Compo
	API    *client.Client
	Locale string

	entries []rest.AuditEntry
	more    bool
	busy    bool
	problem form.Problem
}

func (v *Audit) OnMount(ctx app.Context) { v.load(ctx, 0) }

func (v *Audit) load(ctx app.Context, before int64) {
	v.busy = true
	ctx.Async(func() {
		es, err := v.API.Audit(ctx, before, auditPage)
		ctx.Dispatch(func(app.Context) {
			v.busy = false
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.entries, v.more, v.problem = append(v.entries, es...), len(es) == auditPage, form.Problem{}
		})
	})
}

func (v *Audit) older(ctx app.Context, e app.Event) {
	if n := len(v.entries); n > 0 {
		v.load(ctx, v.entries[n-1].ID)
	}
}

func (v *Audit) Render() app.UI {
	l := v.Locale
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavAudit)),
		formErr(v.problem.In(l)),
		app.Ul().Class("cs-log").Body(app.Range(v.entries).Slice(func(i int) app.UI {
			e := v.entries[i]
			return app.Li().Class("cs-log-entry").Body(
				app.P().Class("cs-log-head").Body(
					app.Span().Text(stamp(l, e.At)),
					app.Span().Class("cs-log-actor").Text(e.Actor),
				),
				app.P().Class("cs-log-action").Body(
					app.Span().Class("cs-log-verb").Text(e.Action),
					app.If(e.Target != "", func() app.UI { return app.Span().Class("cs-log-target").Text(" " + e.Target) }),
				),
				app.If(e.Detail != "", func() app.UI { return app.P().Class("cs-meta").Text(e.Detail) }),
			)
		})),
		app.If(!v.busy && len(v.entries) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleAuditNone))
		}),
		app.If(v.more || v.busy, func() app.UI {
			return app.Div().Class("cs-actions").Body(
				button("", i18n.T(l, i18n.ConsoleOlder), v.busy, v.older).ID("audit-older"),
			)
		}),
	)
}
