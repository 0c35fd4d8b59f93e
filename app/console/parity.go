package console

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// Parity is the editors' view of prices across channels: the products
// priced differently online or for delivery than in store (同价 broken),
// longest first, and the price check's searches that found nothing.
type Parity struct {
	app.Compo
	API    *client.Client
	Locale string

	list    rest.ParityList
	history []rest.ParityDay
	missed  []rest.MissedSearch
	loaded  bool
	problem form.Problem
}

// parityDays is how many days the chart shows: a month.
const parityDays = 30

func (v *Parity) OnMount(ctx app.Context) { v.load(ctx) }

func (v *Parity) load(ctx app.Context) {
	ctx.Async(func() {
		list, err := v.API.Parity(ctx)
		var (
			history []rest.ParityDay
			missed  []rest.MissedSearch
		)
		if err == nil {
			history, err = v.API.ParityHistory(ctx, parityDays)
		}
		if err == nil {
			missed, err = v.API.MissedSearches(ctx)
		}
		ctx.Dispatch(func(app.Context) {
			v.loaded = true
			if err != nil {
				v.problem = ProblemsOf(err)[""]
				return
			}
			v.list, v.history, v.missed, v.problem = list, history, missed, form.Problem{}
		})
	})
}

func (v *Parity) Render() app.UI {
	l := v.Locale
	head := func(id string) app.UI { return app.Th().Scope("col").Text(i18n.T(l, id)) }
	return app.Section().Class("cs-view cs-parity").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavParity)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleParityIntro)),
		formErr(v.problem.In(l)),
		app.Div().Class("cs-actions").Body(
			button("", i18n.T(l, i18n.ConsoleAlRefresh), false, func(ctx app.Context, e app.Event) { v.load(ctx) }).ID("parity-refresh"),
			app.A().ID("parity-csv").Class("cs-btn").Href(client.ParityCSVURL(l)).Attr("download", "parity.csv").Text(i18n.T(l, i18n.ConsoleParityCSV)),
		),
		app.If(v.loaded && len(v.list.Mismatches) == 0, func() app.UI {
			return app.P().Class("cs-empty").ID("parity-none").Text(i18n.T(l, i18n.ConsoleParityNone))
		}).ElseIf(len(v.list.Mismatches) > 0, func() app.UI {
			return app.Table().Class("cs-sg-table").ID("parity-table").Body(
				app.Caption().Text(i18n.N(l, i18n.ConsoleParityCount, v.list.Total)),
				app.THead().Body(app.Tr().Body(
					head(i18n.ConsoleParityProduct), head(i18n.ConsoleParityInStore), head(i18n.ConsoleParityOnline),
					head(i18n.ConsoleParityDelivery), head(i18n.ConsoleParitySince),
				)),
				app.TBody().Body(app.Range(v.list.Mismatches).Slice(func(i int) app.UI {
					m := v.list.Mismatches[i]
					return app.Tr().Class("cs-parity-row").DataSet("sku", m.SKU).Body(
						app.Th().Scope("row").Text(m.SKU+" · "+m.Name.In(l)),
						app.Td().Text(content.FormatPrice(m.InStore)),
						app.Td().Text(channelPrice(m.OnlinePrice, m.InStore)),
						app.Td().Text(channelPrice(m.DeliveryPrice, m.InStore)),
						app.Td().Text(stamp(l, m.Since)),
					)
				})),
			)
		}),
		app.If(len(v.history) > 0, func() app.UI {
			return app.Div().Body(
				app.H2().Text(i18n.T(l, i18n.ConsoleParityChartTitle)),
				parityChart(l, v.history),
			)
		}),
		app.H2().ID("missed-title").Text(i18n.T(l, i18n.ConsoleMissedTitle)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleMissedIntro)),
		app.If(v.loaded && len(v.missed) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleMissedNone))
		}).ElseIf(len(v.missed) > 0, func() app.UI {
			return app.Table().Class("cs-sg-table").ID("missed-table").Aria("labelledby", "missed-title").Body(
				app.THead().Body(app.Tr().Body(
					head(i18n.ConsoleMissedQuery), head(i18n.ConsoleMissedCount), head(i18n.ConsoleMissedLast),
				)),
				app.TBody().Body(app.Range(v.missed).Slice(func(i int) app.UI {
					m := v.missed[i]
					return app.Tr().Body(
						app.Th().Scope("row").Text(m.Query),
						app.Td().Text(strconv.Itoa(m.Count)),
						app.Td().Text(stamp(l, m.LastAt)),
					)
				})),
			)
		}),
	)
}

// channelPrice shows a channel's price, marked when it differs from the
// price in store; "—" when it is not known.
func channelPrice(p *int64, inStore int64) string {
	switch {
	case p == nil:
		return "—"
	case *p != inStore:
		return strings.Join([]string{content.FormatPrice(*p), "≠"}, " ")
	}
	return content.FormatPrice(*p)
}
