package content

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Schedule puts a playlist on screens in a window of dates, weekdays and
// time of day, in the store's time zone. The highest priority active
// schedule wins; with none, the store's default playlist plays.
type Schedule struct {
	ID        string    `json:"id"`
	Playlist  string    `json:"playlist"`
	FromDate  string    `json:"from_date,omitempty"` // YYYY-MM-DD, inclusive; empty: always
	ToDate    string    `json:"to_date,omitempty"`   // YYYY-MM-DD, inclusive; empty: forever
	Weekdays  []int     `json:"weekdays,omitempty"`  // 0 Sunday … 6 Saturday; empty: every day
	Start     string    `json:"start"`               // HH:MM
	End       string    `json:"end"`                 // HH:MM; at or before Start: runs past midnight
	Priority  int       `json:"priority"`
	Groups    []string  `json:"groups,omitempty"` // empty: every screen
	UpdatedAt time.Time `json:"updated_at"`
	// FromHQ says head office sent it: a store of a chain holds it
	// read-only, and changing it answers 409 from_hq. It is read from
	// the store, never taken from a request.
	FromHQ bool `json:"from_hq,omitempty"`
}

// Validate checks a schedule as staff wrote it.
func (s *Schedule) Validate() error {
	if s.Playlist == "" {
		return &FieldError{"playlist", "choose a playlist"}
	}
	for _, f := range []struct{ name, v string }{{"from_date", s.FromDate}, {"to_date", s.ToDate}} {
		if f.v == "" {
			continue
		}
		d, err := time.Parse(time.DateOnly, f.v)
		if err != nil {
			return &FieldError{f.name, "a date as YYYY-MM-DD"}
		}
		if err := CheckTime(f.name, d); err != nil {
			return err
		}
	}
	if s.FromDate != "" && s.ToDate != "" && s.ToDate < s.FromDate {
		return &FieldError{"to_date", "must not be before from_date"}
	}
	for _, d := range s.Weekdays {
		if d < 0 || d > 6 {
			return &FieldError{"weekdays", "0 (Sunday) to 6 (Saturday)"}
		}
	}
	if _, ok := Minutes(s.Start); !ok {
		return &FieldError{"start", "a time as HH:MM"}
	}
	if _, ok := Minutes(s.End); !ok {
		return &FieldError{"end", "a time as HH:MM"}
	}
	if s.Priority < 0 || s.Priority > MaxPriority {
		return &FieldError{"priority", fmt.Sprintf("0 to %d", MaxPriority)}
	}
	return ValidGroups("groups", s.Groups)
}

// Minutes parses HH:MM (00:00 to 24:00) into minutes after midnight.
func Minutes(hhmm string) (int, bool) {
	h, m, ok := strings.Cut(hhmm, ":")
	if !ok || len(h) != 2 || len(m) != 2 {
		return 0, false
	}
	var hv, mv int
	if _, err := fmt.Sscanf(h+" "+m, "%d %d", &hv, &mv); err != nil || hv < 0 || mv < 0 || mv > 59 || hv > 24 || hv == 24 && mv > 0 {
		return 0, false
	}
	return hv*60 + mv, true
}

// ActiveAt reports whether the schedule runs at local wall-clock time t
// (already in the store's zone). A window past midnight belongs to the day
// it starts on: a Friday 22:00–02:00 window runs into Saturday morning.
func (s *Schedule) ActiveAt(t time.Time) bool {
	start, ok1 := Minutes(s.Start)
	end, ok2 := Minutes(s.End)
	if !ok1 || !ok2 {
		return false
	}
	now := t.Hour()*60 + t.Minute()
	if start < end {
		return now >= start && now < end && s.onDay(t)
	}
	// Past midnight (or all day when start == end).
	if now >= start {
		return s.onDay(t)
	}
	return now < end && s.onDay(t.AddDate(0, 0, -1))
}

// onDay reports whether the window may start on t's date.
func (s *Schedule) onDay(t time.Time) bool {
	date := t.Format(time.DateOnly)
	if s.FromDate != "" && date < s.FromDate || s.ToDate != "" && date > s.ToDate {
		return false
	}
	return len(s.Weekdays) == 0 || slices.Contains(s.Weekdays, int(t.Weekday()))
}

// Targets reports whether the schedule is for a screen in groups.
func (s *Schedule) Targets(groups []string) bool {
	return len(s.Groups) == 0 || slices.ContainsFunc(s.Groups, func(g string) bool { return slices.Contains(groups, g) })
}

// PlaylistAt returns the id of the playlist a screen in groups plays at
// now, evaluated in loc: the active schedule with the highest priority
// (then the most recently changed, then the lowest id), or def.
func PlaylistAt(schedules []Schedule, now time.Time, loc *time.Location, groups []string, def string) string {
	local := now.In(loc)
	var best *Schedule
	for i := range schedules {
		s := &schedules[i]
		if !s.Targets(groups) || !s.ActiveAt(local) {
			continue
		}
		if best == nil || s.Priority > best.Priority ||
			s.Priority == best.Priority && (s.UpdatedAt.After(best.UpdatedAt) || s.UpdatedAt.Equal(best.UpdatedAt) && s.ID < best.ID) {
			best = s
		}
	}
	if best == nil {
		return def
	}
	return best.Playlist
}
