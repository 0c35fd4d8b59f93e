package console

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PlayReport is the proof-of-play report: plays per day, screen and slide,
// with the same rows as a CSV download (the session cookie goes with a
// same-origin link, so a plain download link works).
type PlayReport struct {
	app.Compo
	API    *client.Client
	Locale string
	Names  map[string]string // slide id → what it is

	from, to string
	rows     []rest.PlayRow
	loaded   bool
	busy     bool
	problems form.Problems
}

const prForm = "pr"

func (v *PlayReport) OnMount(ctx app.Context) {
	today := time.Now().In(storeZone)
	v.to = today.Format(time.DateOnly)
	v.from = today.AddDate(0, 0, -6).Format(time.DateOnly)
	v.load(ctx)
}

func (v *PlayReport) load(ctx app.Context) {
	v.busy, v.problems = true, nil
	from, to := v.from, v.to
	ctx.Async(func() {
		rows, err := v.API.PlayReport(ctx, from, to)
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

func (v *PlayReport) Render() app.UI {
	l := v.Locale
	f := func(name, label string) field {
		return field{Form: prForm, Name: name, Label: label, Err: v.problems.In(l, name)}
	}
	cols := []string{i18n.ConsoleSgColDay, i18n.ConsoleSgColScreen, i18n.ConsoleSgColSlide, i18n.ConsoleSgColPlays, i18n.ConsoleSgColSeconds, i18n.ConsoleSgColErrors}
	return app.Div().Class("cs-sg-plays").Body(
		app.Form().ID(prForm).Class("cs-form").Attr("novalidate", true).OnSubmit(onSubmit(v.load)).Body(
			app.Div().Class("cs-row").Body(
				f("from", i18n.T(l, i18n.ConsoleSgReportFrom)).input("date", v.from, v.ValueTo(&v.from)),
				f("to", i18n.T(l, i18n.ConsoleSgReportTo)).input("date", v.to, v.ValueTo(&v.to)),
			),
			formErr(v.problems.In(l, "")),
			app.Div().Class("cs-actions cs-form-actions").Body(
				submit(i18n.T(l, i18n.ConsoleSgReportShow), v.busy),
				app.A().ID("pr-csv").Class("cs-btn").Href(client.PlayReportURL(v.from, v.to, true)).Attr("download", "plays.csv").Text(i18n.T(l, i18n.ConsoleSgReportCSV)),
			),
		),
		app.If(v.loaded && len(v.rows) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleSgReportNone))
		}),
		app.If(len(v.rows) > 0, func() app.UI {
			return app.Div().Class("cs-sg-table-scroll").Attr("role", "region").Aria("labelledby", "pr-caption").TabIndex(0).Body(
				app.Table().Class("cs-sg-table").Body(
					app.Caption().ID("pr-caption").Text(i18n.T(l, i18n.ConsoleSgReportCaption)),
					app.THead().Body(app.Tr().Body(app.Range(cols).Slice(func(i int) app.UI {
						return app.Th().Scope("col").Text(i18n.T(l, cols[i]))
					}))),
					app.TBody().Body(app.Range(v.rows).Slice(func(i int) app.UI {
						r := v.rows[i]
						slide := r.Slide
						if n, ok := v.Names[r.Slide]; ok {
							slide = n
						} else {
							slide = i18n.T(l, slideKindLabel(r.Kind)) + " · " + r.Slide
						}
						return app.Tr().Body(
							app.Th().Scope("row").Text(r.Day),
							app.Td().Text(r.Screen),
							app.Td().Text(slide),
							app.Td().Class("cs-num").Text(strconv.Itoa(r.Plays)),
							app.Td().Class("cs-num").Text(strconv.FormatInt(r.Seconds, 10)),
							app.Td().Class("cs-num").Text(strconv.Itoa(r.Errors)),
						)
					})),
				),
			)
		}),
	)
}
