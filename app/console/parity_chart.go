package console

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// The chart's drawing box; the SVG scales to its column, so at 390 px it
// is drawn about 1.2 times this size and its 10-unit labels stay legible.
const (
	chartW, chartH = 300, 120
	chartTop       = 14 // room for the highest count's label
	chartBottom    = 14 // room for the first and last day
)

// parityChart draws days' counts as bars (a gap for a day nobody
// counted), and the same numbers as a table for screen readers: the
// picture's name summarises, the table has every day.
func parityChart(l string, days []rest.ParityDay) app.UI {
	label := i18n.N(l, i18n.ConsoleParityChartLabel, len(days))
	return app.Div().Class("cs-parity-history").Body(
		app.Raw(parityChartSVG(label, days)),
		app.Table().Class("sc-visually-hidden").ID("parity-history-table").Body(
			app.Caption().Text(label),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(i18n.T(l, i18n.ConsoleParityChartDay)),
				app.Th().Scope("col").Text(i18n.T(l, i18n.ConsoleParityChartCount)),
			)),
			app.TBody().Body(app.Range(days).Slice(func(i int) app.UI {
				d := days[i]
				n := i18n.T(l, i18n.ConsoleParityChartUncounted)
				if d.Mismatches != nil {
					n = strconv.Itoa(*d.Mismatches)
				}
				return app.Tr().Body(app.Th().Scope("row").Text(d.Day), app.Td().Text(n))
			})),
		),
	)
}

// parityChartSVG is the bars as inline SVG named label: one bar per day,
// scaled to the highest count, each carrying its day and count (data-day,
// data-value) for tests; the highest count and the first and last days
// are written on it.
func parityChartSVG(label string, days []rest.ParityDay) string {
	top := 1 // a chart of zeros still has a scale
	for _, d := range days {
		if d.Mismatches != nil && *d.Mismatches > top {
			top = *d.Mismatches
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="cs-parity-chart" id="parity-chart" role="img" aria-label="%s" viewBox="0 0 %d %d" width="100%%" preserveAspectRatio="xMidYMid meet">`,
		html.EscapeString(label), chartW, chartH)
	base := chartH - chartBottom
	fmt.Fprintf(&b, `<line class="cs-parity-axis" x1="0" y1="%d" x2="%d" y2="%d"/>`, base, chartW, base)
	fmt.Fprintf(&b, `<text class="cs-parity-label" x="0" y="10">%d</text>`, top)
	if len(days) > 0 {
		step := float64(chartW) / float64(len(days))
		for i, d := range days {
			if d.Mismatches == nil {
				continue
			}
			h := float64(base-chartTop) * float64(*d.Mismatches) / float64(top)
			fmt.Fprintf(&b, `<rect class="cs-parity-bar" data-day="%s" data-value="%d" x="%.1f" y="%.1f" width="%.1f" height="%.1f"/>`,
				d.Day, *d.Mismatches, float64(i)*step+step*0.1, float64(base)-h, step*0.8, h)
		}
		fmt.Fprintf(&b, `<text class="cs-parity-label" x="0" y="%d">%s</text>`, chartH-2, shortDay(days[0].Day))
		fmt.Fprintf(&b, `<text class="cs-parity-label" x="%d" y="%d" text-anchor="end">%s</text>`, chartW, chartH-2, shortDay(days[len(days)-1].Day))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// shortDay is YYYY-MM-DD as MM-DD: the year is the chart's, not the day's news.
func shortDay(day string) string {
	if len(day) == len("2006-01-02") {
		return day[5:]
	}
	return day
}
