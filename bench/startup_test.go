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
