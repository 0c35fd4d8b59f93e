package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
)

// columnIDs names the week view's columns, Monday first.
var columnIDs = [7]string{i18n.ConsoleSgMon, i18n.ConsoleSgTue, i18n.ConsoleSgWed, i18n.ConsoleSgThu, i18n.ConsoleSgFri, i18n.ConsoleSgSat, i18n.ConsoleSgSun}

// week is the week view: a grid for the eye (hidden from screen readers)
// and the same windows as a list of text.
func (v *SignageView) week() app.UI {
	l := v.Locale
	blocks := WeekLayout(v.g.Schedules)
	hours := make([]int, 24)
	for i := range hours {
		hours[i] = i
	}
	return app.Section().Class("cs-panel cs-sg-week").Aria("labelledby", "sg-week-title").Body(
		app.H2().ID("sg-week-title").Text(i18n.T(l, i18n.ConsoleSgWeek)),
		app.P().Class("cs-hint").Text(i18n.T(l, i18n.ConsoleSgWeekHint)),
		app.Div().Class("cs-sg-grid-scroll").Aria("hidden", "true").Body(
			app.Div().Class("cs-sg-grid").Body(
				app.Div().Class("cs-sg-hours").Body(
					app.Div().Class("cs-sg-dayhead"),
					app.Div().Class("cs-sg-col").Body(app.Range(hours).Slice(func(i int) app.UI {
						return app.Div().Class("cs-sg-hour").Style("top", pct(i*60)).Text(HHMM(i * 60))
					})),
				),
				app.Range(columnIDs[:]).Slice(func(day int) app.UI {
					return app.Div().Class("cs-sg-day").DataSet("day", day).Body(
						app.Div().Class("cs-sg-dayhead").Text(i18n.T(l, columnIDs[day])),
						app.Div().Class("cs-sg-col").Body(app.Range(blocks).Slice(func(i int) app.UI {
							b := blocks[i]
							if b.Day != day {
								return nil
							}
							return app.Div().Class("cs-sg-block").DataSet("schedule", b.Schedule).
								Style("top", pct(b.Start)).Style("height", pct(b.End-b.Start)).
								Style("left", strconv.FormatFloat(100*float64(b.Lane)/float64(b.Lanes), 'f', 2, 64)+"%").
								Style("width", strconv.FormatFloat(100/float64(b.Lanes), 'f', 2, 64)+"%").
								Title(v.playlistName(b.Playlist) + " " + HHMM(b.Start) + "–" + HHMM(b.End)).
								Text(v.playlistName(b.Playlist))
						})),
					)
				}),
			),
		),
		app.H3().ID("sg-week-list-title").Class("cs-sg-week-list-title").Text(i18n.T(l, i18n.ConsoleSgWeekList)),
		app.If(len(blocks) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleSgWeekEmpty))
		}),
		app.Ul().Class("cs-sg-week-list").Aria("labelledby", "sg-week-list-title").Body(app.Range(blocks).Slice(func(i int) app.UI {
			b := blocks[i]
			return app.Li().DataSet("schedule", b.Schedule).Text(i18n.T(l, i18n.ConsoleSgWeekItem,
				"Day", i18n.T(l, columnIDs[b.Day]), "Start", HHMM(b.Start), "End", HHMM(b.End), "Name", v.playlistName(b.Playlist)))
		})),
	)
}

// pct is minutes after midnight as a share of the day's height.
func pct(minutes int) string {
	return strconv.FormatFloat(100*float64(minutes)/1440, 'f', 3, 64) + "%"
}
