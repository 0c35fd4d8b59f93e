package console

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PathSettlement is the view of what the store and its partner merchants
// owe each other.
const PathSettlement = Path + "/settlement"

// Settlement shows the exchanges with partner merchants per store day
// and partner over a range of days, with what each side owes, and links
// the same rows as a CSV download (the session cookie goes with a
// same-origin link).
type Settlement struct {
	app.Compo
	API    *client.Client
	Locale string

	rng      form.SettlementRange
	rows     []rest.PointsSettlement
	loaded   bool
	busy     bool
	problems form.Problems
}

const stForm = "st"

func (v *Settlement) OnMount(ctx app.Context) {
	today := time.Now().In(storeZone)
	v.rng = form.SettlementRange{From: today.AddDate(0, 0, -6).Format(time.DateOnly), To: today.Format(time.DateOnly)}
	v.load(ctx)
}

func (v *Settlement) load(ctx app.Context) {
	if v.problems = v.rng.Check(); len(v.problems) > 0 {
		focusFirst(ctx, stForm, v.problems, []string{"from", "to", ""}, nil)
		return
	}
	v.busy = true
	rng := v.rng
	ctx.Async(func() {
		rows, err := v.API.Settlement(ctx, rng.From, rng.To)
		ctx.Dispatch(func(app.Context) {
			v.busy, v.loaded = false, true
			if err != nil {
				v.problems = ProblemsOf(err)
				return
			}
			v.rows = rows
		})
	})
}

func (v *Settlement) Render() app.UI {
	l := v.Locale
	f := func(name, label string) field {
		return field{Form: stForm, Name: name, Label: label, Err: v.problems.In(l, name)}
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavSettlement)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsolePtSettlementIntro)),
		app.Form().ID(stForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(v.load)).Body(
			app.Div().Class("cs-row").Body(
				f("from", i18n.T(l, i18n.ConsolePtFrom)).input("date", v.rng.From, v.ValueTo(&v.rng.From)),
				f("to", i18n.T(l, i18n.ConsolePtTo)).input("date", v.rng.To, v.ValueTo(&v.rng.To)),
			),
			formErr(v.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(
				submit(i18n.T(l, i18n.ConsolePtShow), v.busy),
				app.A().ID("st-csv").Class("cs-btn").Href(client.SettlementURL(v.rng.From, v.rng.To, true)).
					Attr("download", "settlement.csv").Text(i18n.T(l, i18n.ConsolePtCSV)),
			),
		),
		app.If(v.loaded && len(v.rows) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsolePtSettlementNone))
		}),
		app.If(len(v.rows) > 0, func() app.UI { return v.table() }),
	)
}

func (v *Settlement) table() app.UI {
	l := v.Locale
	cols := []string{i18n.ConsolePtColDay, i18n.ConsolePtColPartner, i18n.ConsolePtColOutOurs, i18n.ConsolePtColOutTheirs,
		i18n.ConsolePtColInTheirs, i18n.ConsolePtColInOurs, i18n.ConsolePtColOwedPoints, i18n.ConsolePtColOwedYuan}
	n := func(v int64) app.UI { return app.Td().Class("cs-num").Text(strconv.FormatInt(v, 10)) }
	return app.Div().Class("cs-sg-table-scroll").Attr("role", "region").Aria("labelledby", "st-caption").TabIndex(0).Body(
		app.Table().Class("cs-sg-table").Body(
			app.Caption().ID("st-caption").Text(i18n.T(l, i18n.ConsolePtSettlementCaption)),
			app.THead().Body(app.Tr().Body(app.Range(cols).Slice(func(i int) app.UI {
				return app.Th().Scope("col").Text(i18n.T(l, cols[i]))
			}))),
			app.TBody().Body(app.Range(v.rows).Slice(func(i int) app.UI {
				r := v.rows[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(r.Day),
					app.Td().Text(r.Partner),
					n(r.OutOurs), n(r.OutTheirs), n(r.InTheirs), n(r.InOurs), n(r.OwedPoints),
					app.Td().Class("cs-num").Text(signedYuan(r.OwedFen)),
				)
			})),
		),
	)
}

// signedYuan writes fen as yuan with its sign: "-1.50".
func signedYuan(fen int64) string {
	if fen < 0 {
		return "-" + content.FormatPrice(-fen)
	}
	return content.FormatPrice(fen)
}
