package content

import (
	"testing"
	"time"
	_ "time/tzdata" // the zones the tests need, also in the browser's wasm test run
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("time zone %s: %v", name, err)
	}
	return loc
}

func TestPlaylistAt(t *testing.T) {
	sh := time.FixedZone("CST", 8*3600) // Asia/Shanghai has no DST: a fixed zone is exact
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, sh)
		if err != nil {
			t.Fatal(err)
		}
		return tm.UTC() // screens hold UTC; evaluation converts
	}
	updated := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	schedules := []Schedule{
		{ID: "breakfast", Playlist: "morning", Start: "07:00", End: "10:00", Priority: 1, UpdatedAt: updated},
		{ID: "lunch-rush", Playlist: "lunch", Start: "11:30", End: "13:30", Weekdays: []int{1, 2, 3, 4, 5}, Priority: 5, UpdatedAt: updated},
		{ID: "all-day-sale", Playlist: "sale", Start: "08:00", End: "20:00", FromDate: "2026-11-27", ToDate: "2026-11-29", Priority: 3, UpdatedAt: updated},
		{ID: "night", Playlist: "night", Start: "22:00", End: "02:00", Weekdays: []int{5}, Priority: 2, UpdatedAt: updated}, // Friday night, into Saturday
		{ID: "entrance-only", Playlist: "entrance", Start: "00:00", End: "00:00", Groups: []string{"entrance"}, Priority: 9, UpdatedAt: updated},
	}
	tests := []struct {
		name, at string
		groups   []string
		want     string
	}{
		{"nothing scheduled: the default", "2026-11-26 05:00", nil, "default"},
		{"breakfast starts on the minute", "2026-11-26 07:00", nil, "morning"},
		{"a minute before", "2026-11-26 06:59", nil, "default"},
		{"end is exclusive", "2026-11-26 10:00", nil, "default"},
		{"weekday window on a Thursday", "2026-11-26 12:00", nil, "lunch"},
		{"weekday window skips Saturday", "2026-11-28 12:00", nil, "sale"},
		{"date window: the day before it starts", "2026-11-26 09:00", nil, "morning"},
		{"overlap: higher priority wins", "2026-11-27 09:00", nil, "sale"},
		{"overlap: lunch beats sale on Friday", "2026-11-27 12:00", nil, "lunch"},
		{"date window: last day, inclusive", "2026-11-29 19:59", nil, "sale"},
		{"date window: the day after", "2026-11-30 12:00", nil, "lunch"},
		{"Friday night before midnight", "2026-11-27 23:30", nil, "night"},
		{"past midnight: Saturday 01:59 belongs to Friday", "2026-11-28 01:59", nil, "night"},
		{"past midnight: window ends", "2026-11-28 02:00", nil, "default"},
		{"Thursday night does not run", "2026-11-26 23:30", nil, "default"},
		{"Sunday 01:00 does not belong to Saturday", "2026-11-29 01:00", nil, "default"},
		{"targeted: only the entrance screen", "2026-11-26 05:00", []string{"entrance"}, "entrance"},
		{"targeted: other screens are not affected", "2026-11-26 05:00", []string{"tills"}, "default"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlaylistAt(schedules, at(tt.at), sh, tt.groups, "default"); got != tt.want {
				t.Fatalf("PlaylistAt(%s) = %q; want %q", tt.at, got, tt.want)
			}
		})
	}
	if got := PlaylistAt(nil, at("2026-11-26 12:00"), sh, nil, "default"); got != "default" {
		t.Fatalf("empty schedule = %q; want the default playlist", got)
	}
}

func TestPlaylistAtTieBreak(t *testing.T) {
	older := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s := []Schedule{
		{ID: "b", Playlist: "older", Start: "00:00", End: "00:00", UpdatedAt: older},
		{ID: "a", Playlist: "newer", Start: "00:00", End: "00:00", UpdatedAt: older.Add(time.Hour)},
	}
	if got := PlaylistAt(s, older, time.UTC, nil, "d"); got != "newer" {
		t.Fatalf("tie = %q; want the most recently changed", got)
	}
}

// Daylight saving in the store's zone: the wall clock decides.
func TestPlaylistAtAcrossDaylightSaving(t *testing.T) {
	berlin := mustZone(t, "Europe/Berlin")
	s := []Schedule{
		{ID: "early", Playlist: "early", Start: "02:00", End: "03:00", Priority: 1},
		{ID: "morning", Playlist: "morning", Start: "06:00", End: "09:00", Priority: 1},
	}
	// 2026-03-29: clocks go 02:00 → 03:00. 01:30 UTC is 03:30 CEST.
	spring := time.Date(2026, 3, 29, 0, 59, 0, 0, time.UTC) // 01:59 CET
	if got := PlaylistAt(s, spring, berlin, nil, "d"); got != "d" {
		t.Fatalf("01:59 on the spring-forward day = %q; want default", got)
	}
	if got := PlaylistAt(s, spring.Add(time.Minute), berlin, nil, "d"); got != "d" {
		t.Fatalf("the minute after 01:59 is 03:00 CEST = %q; want default (02:00–03:00 never happens)", got)
	}
	// 06:00 CEST is 04:00 UTC that day, not 05:00.
	if got := PlaylistAt(s, time.Date(2026, 3, 29, 4, 0, 0, 0, time.UTC), berlin, nil, "d"); got != "morning" {
		t.Fatalf("06:00 CEST = %q; want morning, switched at the right minute", got)
	}
	if got := PlaylistAt(s, time.Date(2026, 3, 29, 3, 59, 0, 0, time.UTC), berlin, nil, "d"); got != "d" {
		t.Fatalf("05:59 CEST = %q; want default", got)
	}
	// 2026-10-25: 03:00 CEST → 02:00 CET; 02:30 happens twice, both run "early".
	for _, utc := range []time.Time{time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC), time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC)} {
		if got := PlaylistAt(s, utc, berlin, nil, "d"); got != "early" {
			t.Fatalf("%v (02:30 local) = %q; want early", utc, got)
		}
	}
}

func TestScheduleValidate(t *testing.T) {
	ok := Schedule{Playlist: "p", Start: "07:00", End: "10:00"}
	bad := []struct {
		field string
		edit  func(*Schedule)
	}{
		{"playlist", func(s *Schedule) { s.Playlist = "" }},
		{"start", func(s *Schedule) { s.Start = "7:00" }},
		{"end", func(s *Schedule) { s.End = "24:30" }},
		{"from_date", func(s *Schedule) { s.FromDate = "2026-13-01" }},
		{"to_date", func(s *Schedule) { s.FromDate, s.ToDate = "2026-12-02", "2026-12-01" }},
		{"weekdays", func(s *Schedule) { s.Weekdays = []int{7} }},
	}
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid schedule: %v", err)
	}
	for _, b := range bad {
		s := ok
		b.edit(&s)
		fe, isField := s.Validate().(*FieldError)
		if !isField || fe.Field != b.field {
			t.Errorf("edit of %s: Validate = %v; want an error on %s", b.field, s.Validate(), b.field)
		}
	}
}
