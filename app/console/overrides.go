package console

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
)

// Overrides pushes an urgent or emergency message to the screens, and
// lists those in force with a "clear" for each.
type Overrides struct {
	app.Compo
	API    *client.Client
	Locale string

	list    []content.Override
	loaded  bool
	busy    string
	problem form.Problem
	note    string
	stop    chan struct{}
	ctx     app.Context // the view's own: a child's dies with the child
}

// overridePoll keeps the list true as overrides expire or others push.
const overridePoll = 5 * time.Second

func (v *Overrides) OnMount(ctx app.Context) {
	v.ctx = ctx
	v.stop = make(chan struct{})
	stop := v.stop
	ctx.Async(func() {
		t := time.NewTicker(overridePoll)
		defer t.Stop()
		for {
			v.fetch(ctx)
			select {
			case <-t.C:
			case <-stop:
				return
			}
		}
	})
}

func (v *Overrides) OnDismount() { close(v.stop) }

// fetch loads the list; it blocks, so only from ctx.Async.
func (v *Overrides) fetch(ctx app.Context) {
	os, err := v.API.Overrides(ctx)
	ctx.Dispatch(func(app.Context) {
		v.loaded = true
		if err != nil {
			v.problem = ProblemsOf(err)[""]
			return
		}
		v.list, v.problem = os, form.Problem{}
	})
}

func (v *Overrides) pushed(ctx app.Context) {
	v.note = i18n.T(v.Locale, i18n.ConsoleOverridePushed)
	self := v.ctx
	self.Async(func() { v.fetch(self) })
}

func (v *Overrides) clear(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = id
		ctx.Async(func() {
			err := v.API.ClearOverride(ctx, id)
			ctx.Dispatch(func(ctx app.Context) {
				v.busy = ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.note = i18n.T(v.Locale, i18n.ConsoleOverrideCleared)
				v.list = without(v.list, id)
				ctx.Async(func() { v.fetch(ctx) })
			})
		})
	}
}

func without(os []content.Override, id string) []content.Override {
	out := make([]content.Override, 0, len(os))
	for _, o := range os {
		if o.ID != id {
			out = append(out, o)
		}
	}
	return out
}

func (v *Overrides) Render() app.UI {
	l := v.Locale
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavOverrides)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.Section().Class("cs-panel").Aria("labelledby", "active-title").Body(
			app.H2().ID("active-title").Text(i18n.T(l, i18n.ConsoleOverridesActive)),
			app.If(v.loaded && len(v.list) == 0, func() app.UI {
				return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleOverridesNone))
			}),
			app.Ul().Class("cs-cards").Body(app.Range(v.list).Slice(func(i int) app.UI {
				return app.Li().Body(v.card(v.list[i]))
			})),
		),
		&OverrideForm{API: v.API, Locale: l, OnPushed: v.pushed},
	)
}

func (v *Overrides) card(o content.Override) app.UI {
	l := v.Locale
	target := targetLabel(l, o.Groups)
	return app.Article().Class("cs-card cs-override-card sev-"+o.Severity).DataSet("id", o.ID).Body(
		app.P().Class("cs-sev").Text(severityLabel(l, o.Severity)),
		app.P().Class("cs-override-text").Text(o.Message.In(l)),
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleOverrideMeta,
			"Target", target, "Until", clock(o.ExpiresAt), "By", orDash(o.CreatedBy))),
		// Head office clears its own messages, for every store (409 from_hq).
		app.If(o.FromHQ, func() app.UI {
			return app.P().Class("cs-role cs-from-hq").Text(i18n.T(l, i18n.ConsoleFromHQ))
		}).Else(func() app.UI {
			return app.Div().Class("cs-actions").Body(
				button("", i18n.T(l, i18n.ConsoleClear), v.busy == o.ID, v.clear(o.ID)).
					Class("cs-clear").Aria("label", i18n.T(l, i18n.ConsoleClearNamed, "Name", o.Message.In(l))),
			)
		}),
	)
}

func severityLabel(l, s string) string {
	switch s {
	case content.SeverityEmergency:
		return i18n.T(l, i18n.ConsoleSevEmergency)
	case content.SeverityUrgent:
		return i18n.T(l, i18n.ConsoleSevUrgent)
	}
	return i18n.T(l, i18n.ConsoleSevInfo)
}
