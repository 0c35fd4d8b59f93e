package main

import (
	"errors"
	"slices"
	"testing"
)

func TestTurn(t *testing.T) {
	a, b, c := &startupPage{section: "a"}, &startupPage{section: "b"}, &startupPage{section: "c"}
	failed := &startupPage{section: "failed", err: errors.New("failed")}
	for _, tt := range []struct {
		pages []*startupPage
		round int
		want  []string
	}{
		{[]*startupPage{a, b, c}, 0, []string{"a", "b", "c"}},
		{[]*startupPage{a, b, c}, 1, []string{"b", "c", "a"}},
		{[]*startupPage{a, b, c}, 5, []string{"c", "a", "b"}},
		{[]*startupPage{a, failed, c}, 1, []string{"c", "a"}},
	} {
		var got []string
		for _, p := range turn(tt.pages, tt.round) {
			got = append(got, p.section)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("turn(%d) = %q; want %q", tt.round, got, tt.want)
		}
	}
}

func TestRatioRow(t *testing.T) {
	i := slices.IndexFunc(startupMetrics("cold"), func(m startupMetric) bool { return m.name == "data-live, cold" })
	live := startupMetrics("cold")[i]
	floor := []loadTiming{{live: 1000}, {live: 1200}, {live: 1100}}
	for _, tt := range []struct {
		name        string
		page        []loadTiming
		wantRatio   float64
		wantVerdict string
		wantNote    string
	}{
		{"within the goal", []loadTiming{{live: 1200}, {live: 1300}, {live: 1400}}, 1300.0 / 1100, verdictPass,
			"1300 ms against the floor's 1100 ms; round by round 1.08–1.27×"},
		{"over it", []loadTiming{{live: 1500}, {live: 1600}, {live: 1400}}, 1500.0 / 1100, verdictMiss,
			"1500 ms against the floor's 1100 ms; round by round 1.27–1.50×"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := ratioRow("start-up /kiosk", live, tt.page, floor)
			if got.Value != tt.wantRatio || got.Verdict != tt.wantVerdict || got.Note != tt.wantNote {
				t.Errorf("row = %v %s %q; want %v %s %q", got.Value, got.Verdict, got.Note, tt.wantRatio, tt.wantVerdict, tt.wantNote)
			}
			if got.Name != "data-live, cold ÷ floor" || got.Budget != "goal ≤ 1.3×" {
				t.Errorf("row = %q %q; want \"data-live, cold ÷ floor\" \"goal ≤ 1.3×\"", got.Name, got.Budget)
			}
		})
	}
}

func TestBeforeRows(t *testing.T) {
	before := &startupPage{section: "start-up /kiosk (before)",
		cold: []loadTiming{{fcp: 400, live: 2000, cpu: 900}, {fcp: 500, live: 2200, cpu: 1000}},
		warm: []loadTiming{{fcp: 200, live: 1000, cpu: 500}, {fcp: 300, live: 800, cpu: 400}}}
	after := &startupPage{section: "start-up /kiosk", before: before,
		cold: []loadTiming{{fcp: 400, live: 1800, cpu: 810}, {fcp: 500, live: 2200, cpu: 1000}},
		warm: []loadTiming{{fcp: 200, live: 900, cpu: 450}, {fcp: 300, live: 800, cpu: 400}}}
	res := &Results{}
	// The median of an even count is its lower middle.
	beforeRows(res, after, before)
	want := map[string]string{
		"first contentful paint, cold ÷ before":     "400.0 ms against before's 400.0 ms; round by round 1.00–1.00×",
		"data-live, cold ÷ before":                  "1800 ms against before's 2000 ms; round by round 0.90–1.00×",
		"first contentful paint, warm ÷ before":     "200.0 ms against before's 200.0 ms; round by round 1.00–1.00×",
		"data-live, warm (service worker) ÷ before": "800.0 ms against before's 800.0 ms; round by round 0.90–1.00×",
		"browser CPU to data-live, cold ÷ before":   "810.0 ms against before's 900.0 ms; round by round 0.90–1.00×",
		"browser CPU to data-live, warm ÷ before":   "400.0 ms against before's 400.0 ms; round by round 0.90–1.00×",
	}
	if len(res.Rows) != len(want) {
		t.Fatalf("%d rows; want %d", len(res.Rows), len(want))
	}
	for _, r := range res.Rows {
		if r.Note != want[r.Name] || r.Verdict != "" {
			t.Errorf("%s: note %q, verdict %q; want %q and none", r.Name, r.Note, r.Verdict, want[r.Name])
		}
	}
}
