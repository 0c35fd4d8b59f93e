package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// logShown is how many delivery attempts the view lists.
const logShown = 50

// Alerts is the admin's view of alerts: the rules, where alerts go (each
// with "send test"), and the delivery log.
type Alerts struct {
	app.Compo
	API    *client.Client
	Locale string

	rules    rest.AlertRules
	loaded   bool
	webhooks []rest.Webhook
	log      []rest.Delivery
	problem  form.Problem
	note     string
	ctx      app.Context // the view's own: a child's dies with the child
}

func (v *Alerts) OnMount(ctx app.Context) {
	v.ctx = ctx
	ctx.Async(func() {
		r, err := v.API.AlertRules(ctx)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.rules, v.loaded = r, true
		})
	})
	v.reload()
}

// reload reads the webhooks and the delivery log again.
func (v *Alerts) reload() {
	ctx := v.ctx
	ctx.Async(func() {
		ws, err := v.API.Webhooks(ctx)
		var log []rest.Delivery
		if err == nil {
			log, err = v.API.Deliveries(ctx, logShown)
		}
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.webhooks, v.log, v.problem = ws, log, form.Problem{}
		})
	})
}

func (v *Alerts) added(ctx app.Context, name string) {
	v.note = i18n.T(v.Locale, i18n.ConsoleAlAdded, "Name", name)
	v.reload()
}

func (v *Alerts) Render() app.UI {
	l := v.Locale
	return app.Section().Class("cs-view cs-alerts").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavAlerts)),
		app.P().Class("cs-note").Attr("role", "status").Text(v.note),
		formErr(v.problem.In(l)),
		app.If(v.loaded, func() app.UI { return &AlertRulesForm{API: v.API, Locale: l, Rules: v.rules} }),
		&Webhooks{API: v.API, Locale: l, List: v.webhooks, OnChange: v.reload},
		&WebhookForm{API: v.API, Locale: l, OnAdded: v.added},
		&DeliveryLog{Locale: l, List: v.log, Webhooks: v.webhooks, OnRefresh: v.reload},
	)
}
