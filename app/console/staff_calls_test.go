package console

import (
	"testing"
	"time"

	"storecast/app/content"
)

func TestBannerCalls(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	justNow, longAgo := now.Add(-time.Minute), now.Add(-time.Hour)
	calls := []content.StaffCall{ // newest first, as the server lists them
		{ID: "new", Place: "entrance", CreatedAt: now.Add(-10 * time.Second)},
		{ID: "taken", Place: "tills", CreatedAt: now.Add(-2 * time.Minute), Answered: &justNow, AnsweredBy: "li"},
		{ID: "older", Source: "10.0.0.7", CreatedAt: now.Add(-3 * time.Minute)},
		{ID: "done", CreatedAt: now.Add(-2 * time.Hour), Answered: &longAgo, AnsweredBy: "wang"},
		{ID: "stale", CreatedAt: now.Add(-time.Hour)},
	}
	open, taken := bannerCalls(calls, now)
	if len(open) != 2 || open[0].ID != "older" || open[1].ID != "new" {
		t.Fatalf("open = %+v; want older, new", open)
	}
	if len(taken) != 1 || taken[0].ID != "taken" || takerOf(taken[0]) != "li" {
		t.Fatalf("taken = %+v; want the call li took a minute ago", taken)
	}
	if got := placeOf(open[0]); got != "10.0.0.7" {
		t.Errorf("placeOf(older) = %s; want its address", got)
	}
	if got := takerOf(content.StaffCall{}); got != "—" {
		t.Errorf("takerOf(no name) = %q; want a dash", got)
	}
}
