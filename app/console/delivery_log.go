package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// DeliveryLog is the newest delivery attempts, newest first.
type DeliveryLog struct {
	app.Compo
	Locale    string
	List      []rest.Delivery
	Webhooks  []rest.Webhook // to name each attempt's webhook
	OnRefresh func()
}

func (v *DeliveryLog) Render() app.UI {
	l := v.Locale
	names := map[string]string{}
	for _, w := range v.Webhooks {
		names[w.ID] = w.Name
	}
	head := func(id string) app.UI { return app.Th().Scope("col").Text(i18n.T(l, id)) }
	return app.Section().Class("cs-panel cs-delivery-log").Aria("labelledby", "delivery-log-title").Body(
		app.H2().ID("delivery-log-title").Text(i18n.T(l, i18n.ConsoleAlLogTitle)),
		button("", i18n.T(l, i18n.ConsoleAlRefresh), false, func(app.Context, app.Event) { v.OnRefresh() }),
		app.If(len(v.List) == 0, func() app.UI { return app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleAlLogNone)) }).Else(func() app.UI {
			return app.Table().Class("cs-sg-table").Body(
				app.THead().Body(app.Tr().Body(
					head(i18n.ConsoleAlColTime), head(i18n.ConsoleAlColWebhook), head(i18n.ConsoleAlColAlert),
					head(i18n.ConsoleAlColAttempt), head(i18n.ConsoleAlColOutcome),
				)),
				app.TBody().Body(app.Range(v.List).Slice(func(i int) app.UI {
					d := v.List[i]
					name, ok := names[d.Webhook]
					if !ok {
						name = i18n.T(l, i18n.ConsoleAlRemoved)
					}
					return app.Tr().Class("cs-delivery cs-delivery-"+d.Outcome).Body(
						app.Td().Text(stamp(l, d.At)),
						app.Td().Text(name),
						app.Td().Text(d.Rule+" · "+d.Subject),
						app.Td().Text(strconv.Itoa(d.Attempt)),
						app.Td().Text(outcomeText(l, d)),
					)
				})),
			)
		}),
	)
}

// outcomeText says how an attempt went, with the receiver's status or
// the error.
func outcomeText(l string, d rest.Delivery) string {
	var s string
	switch d.Outcome {
	case rest.DeliveryDelivered:
		s = i18n.T(l, i18n.ConsoleAlDelivered)
	case rest.DeliveryRetrying:
		s = i18n.T(l, i18n.ConsoleAlRetrying)
	default:
		s = i18n.T(l, i18n.ConsoleAlFailed)
	}
	if d.Status != 0 {
		s += " · HTTP " + strconv.Itoa(d.Status)
	}
	if d.Error != "" {
		s += " · " + d.Error
	}
	return s
}
