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

// The chart's drawing box; the SVG scales to its column. Its labels are
// HTML around it, not SVG text, so they keep the page's font size at any
// width and axe can check their contrast.
const chartW, chartH = 300, 100

// parityChart draws days' counts as bars (a gap for a day nobody
// counted), and the same numbers as a table for screen readers: the
// picture's name summarises, the table has every day.
func parityChart(l string, days []rest.ParityDay) app.UI {
	label := i18n.N(l, i18n.ConsoleParityChartLabel, len(days))
	var first, last string
	if len(days) > 0 {
		first, last = shortDay(days[0].Day), shortDay(days[len(days)-1].Day)
	}
	return app.Div().Class("cs-parity-history").Body(
		app.Div().Class("cs-parity-top").Text(strconv.Itoa(chartTop(days))),
		app.Raw(parityChartSVG(label, days)),
		app.Div().Class("cs-parity-days").Body(app.Span().Text(first), app.Span().Text(last)),
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

// chartTop is the highest count of days, the bars' scale: at least 1, so a
// chart of zeros still has one.
func chartTop(days []rest.ParityDay) int {
	top := 1
	for _, d := range days {
		if d.Mismatches != nil && *d.Mismatches > top {
			top = *d.Mismatches
		}
	}
	return top
}

// parityChartSVG is the bars as inline SVG named label: one bar per day,
// scaled to the highest count, each carrying its day and count (data-day,
// data-value) for tests.
func parityChartSVG(label string, days []rest.ParityDay) string {
	top := chartTop(days)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="cs-parity-chart" id="parity-chart" role="img" aria-label="%s" viewBox="0 0 %d %d" width="100%%" preserveAspectRatio="none">`,
		html.EscapeString(label), chartW, chartH)
	fmt.Fprintf(&b, `<line class="cs-parity-axis" x1="0" y1="%d" x2="%d" y2="%d"/>`, chartH, chartW, chartH)
	step := float64(chartW) / float64(max(len(days), 1))
	for i, d := range days {
		if d.Mismatches == nil {
			continue
		}
		h := float64(chartH) * float64(*d.Mismatches) / float64(top)
		fmt.Fprintf(&b, `<rect class="cs-parity-bar" data-day="%s" data-value="%d" x="%.1f" y="%.1f" width="%.1f" height="%.1f"/>`,
			d.Day, *d.Mismatches, float64(i)*step+step*0.1, float64(chartH)-h, step*0.8, h)
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
