package console

import (
	"regexp"
	"strings"
	"testing"

	"storecast/app/rest"
)

// TestParityChartSVG names the picture, scales the bars to the highest
// count, carries each bar's day and count, and leaves a gap for a day
// nobody counted.
func TestParityChartSVG(t *testing.T) {
	n := func(v int) *int { return &v }
	days := []rest.ParityDay{{Day: "2026-12-03", Mismatches: n(2)}, {Day: "2026-12-04"}, {Day: "2026-12-05", Mismatches: n(4)}, {Day: "2026-12-06", Mismatches: n(0)}}
	svg := parityChartSVG(`Mismatches <per> day`, days)
	if !strings.Contains(svg, `role="img" aria-label="Mismatches &lt;per&gt; day"`) {
		t.Errorf("svg has no escaped accessible name: %s", svg)
	}
	bars := regexp.MustCompile(`data-day="([0-9-]+)" data-value="(\d+)" x="[0-9.]+" y="[0-9.]+" width="[0-9.]+" height="([0-9.]+)"`).FindAllStringSubmatch(svg, -1)
	want := [][3]string{{"2026-12-03", "2", "50.0"}, {"2026-12-05", "4", "100.0"}, {"2026-12-06", "0", "0.0"}}
	if len(bars) != len(want) {
		t.Fatalf("got %d bars; want %d: %s", len(bars), len(want), svg)
	}
	for i, w := range want {
		if got := [3]string{bars[i][1], bars[i][2], bars[i][3]}; got != w {
			t.Errorf("bar %d = %v; want %v (day, value, height)", i, got, w)
		}
	}
	if got := chartTop(days); got != 4 {
		t.Errorf("chartTop = %d; want 4", got)
	}
	if got := chartTop(days[1:2]); got != 1 {
		t.Errorf("chartTop of an uncounted day = %d; want 1", got)
	}
}
