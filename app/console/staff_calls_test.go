package console

import (
	"testing"
	"time"

	"storecast/app/content"
)

func TestOpenCalls(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	answered := now.Add(-time.Minute)
	calls := []content.StaffCall{ // newest first, as the server lists them
		{ID: "new", Place: "entrance", CreatedAt: now.Add(-10 * time.Second)},
		{ID: "gone", CreatedAt: now.Add(-time.Minute)},
		{ID: "done", CreatedAt: now.Add(-2 * time.Minute), Answered: &answered},
		{ID: "older", Source: "10.0.0.7", CreatedAt: now.Add(-3 * time.Minute)},
		{ID: "stale", CreatedAt: now.Add(-time.Hour)},
	}
	got := openCalls(calls, map[string]bool{"gone": true}, now)
	if len(got) != 2 || got[0].ID != "older" || got[1].ID != "new" {
		t.Fatalf("openCalls = %+v; want older, new", got)
	}
	if placeOf(got[0]) != "10.0.0.7" || placeOf(got[1]) != "entrance" {
		t.Errorf("places = %s, %s", placeOf(got[0]), placeOf(got[1]))
	}
}
