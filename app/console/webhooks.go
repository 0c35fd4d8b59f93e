package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Webhooks lists where alerts go, each with "send test" and remove.
type Webhooks struct {
	app.Compo
	API      *client.Client
	Locale   string
	List     []rest.Webhook
	OnChange func() // a webhook was removed or tested: the log changed

	tests      map[string]string // the last test's result, by webhook id
	testing    string
	confirming string
	busy       string
	problem    form.Problem
}

// test sends w a test message and shows how it went on its card.
func (v *Webhooks) test(w rest.Webhook) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.testing = w.ID
		ctx.Async(func() {
			d, err := v.API.TestWebhook(ctx, w.ID)
			ctx.Dispatch(func(app.Context) {
				v.testing = ""
				if v.tests == nil {
					v.tests = map[string]string{}
				}
				l := v.Locale
				switch {
				case err != nil:
					v.tests[w.ID] = ProblemsOf(err).In(l, "")
				case d.Outcome == rest.DeliveryDelivered:
					v.tests[w.ID] = i18n.T(l, i18n.ConsoleAlTestSent, "Status", d.Status)
				default:
					v.tests[w.ID] = i18n.T(l, i18n.ConsoleAlTestFailed, "Error", d.Error)
				}
				v.OnChange()
			})
		})
	}
}

func (v *Webhooks) remove(w rest.Webhook) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		v.busy = w.ID
		ctx.Async(func() {
			err := v.API.DeleteWebhook(ctx, w.ID)
			ctx.Dispatch(func(app.Context) {
				v.busy, v.confirming = "", ""
				if err != nil {
					v.problem = ProblemsOf(err)[""]
					return
				}
				v.OnChange()
			})
		})
	}
}

func (v *Webhooks) Render() app.UI {
	l := v.Locale
	return app.Section().Class("cs-panel").Aria("labelledby", "webhooks-title").Body(
		app.H2().ID("webhooks-title").Text(i18n.T(l, i18n.ConsoleAlWebhooksTitle)),
		formErr(v.problem.In(l)),
		app.If(len(v.List) == 0, func() app.UI { return app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleAlNoWebhooks)) }),
		app.Ul().Class("cs-cards").Body(app.Range(v.List).Slice(func(i int) app.UI {
			return app.Li().Body(v.card(v.List[i]))
		})),
	)
}

func (v *Webhooks) card(w rest.Webhook) app.UI {
	l := v.Locale
	return app.Article().Class("cs-card cs-webhook").DataSet("id", w.ID).Body(
		app.Div().Class("cs-card-head").Body(
			app.H3().Class("cs-card-title").Text(w.Name),
			app.Span().Class("cs-role").Text(webhookKindLabel(l, w.Kind)),
		),
		app.P().Class("cs-meta cs-url").Text(w.URL),
		app.P().Class("cs-note cs-test-result").Attr("role", "status").Text(v.tests[w.ID]),
		app.Div().Class("cs-actions").Body(
			button("primary", i18n.T(l, i18n.ConsoleAlSendTest), v.testing == w.ID, v.test(w)).
				Class("cs-btn cs-btn-primary cs-send-test").Aria("label", i18n.T(l, i18n.ConsoleAlSendTestNamed, "Name", w.Name)),
			button("danger", i18n.T(l, i18n.ConsoleDelete), false, func(ctx app.Context, e app.Event) {
				v.confirming = w.ID
			}).Aria("label", i18n.T(l, i18n.ConsoleDeleteNamed, "Name", w.Name)),
		),
		app.If(v.confirming == w.ID, func() app.UI {
			return confirmBox(l, i18n.T(l, i18n.ConsoleAlRemoveConfirm, "Name", w.Name),
				i18n.T(l, i18n.ConsoleDeleteYes), v.busy == w.ID, v.remove(w), &v.confirming)
		}),
	)
}

// webhookKindLabel names a webhook's kind for people.
func webhookKindLabel(l, kind string) string {
	switch kind {
	case rest.WebhookWeCom:
		return i18n.T(l, i18n.ConsoleAlKindWeCom)
	case rest.WebhookDingTalk:
		return i18n.T(l, i18n.ConsoleAlKindDingTalk)
	}
	return i18n.T(l, i18n.ConsoleAlKindGeneric)
}
