package content

import (
	"fmt"
	"slices"
	"time"
)

// MaxPowerSchedules bounds the power schedules of a store: one per group
// and the store's own.
const MaxPowerSchedules = 100

// maxOpenHours bounds the windows of one power schedule.
const maxOpenHours = 14

// Power is when the store's screens are on: opening hours per group of
// screens. Outside its hours a screen goes dark (black, nothing moving)
// and wakes by itself when they begin, on its own clock in the store's
// zone, offline too.
type Power struct {
	Schedules []PowerSchedule `json:"schedules"`
}

// PowerSchedule is one group's opening hours. Group "" is the store's:
// it holds for every screen none of whose groups has hours of its own.
type PowerSchedule struct {
	Group string      `json:"group,omitempty"`
	Hours []OpenHours `json:"hours"`
}

// OpenHours is one window the screens are on.
type OpenHours struct {
	Weekdays []int  `json:"weekdays,omitempty"` // 0 Sunday … 6 Saturday; empty: every day
	Open     string `json:"open"`               // HH:MM
	Close    string `json:"close"`              // HH:MM; at or before Open: runs past midnight
}

// Power events.
const OpPowerUpdate = "power.update" // Event.Power: the whole Power

// Validate checks the power schedules as staff wrote them.
func (p *Power) Validate() error {
	if len(p.Schedules) > MaxPowerSchedules {
		return &FieldError{"schedules", fmt.Sprintf("at most %d", MaxPowerSchedules)}
	}
	seen := map[string]bool{}
	for _, s := range p.Schedules {
		if s.Group != "" {
			if err := ValidGroups("group", []string{s.Group}); err != nil {
				return err
			}
		}
		if seen[s.Group] {
			return &FieldError{"group", fmt.Sprintf("%q has two schedules", s.Group)}
		}
		seen[s.Group] = true
		if len(s.Hours) > maxOpenHours {
			return &FieldError{"hours", fmt.Sprintf("at most %d windows", maxOpenHours)}
		}
		for _, h := range s.Hours {
			if err := h.schedule().Validate(); err != nil {
				fe, ok := err.(*FieldError)
				if ok && fe.Field == "start" {
					return &FieldError{"open", fe.Message}
				}
				if ok && fe.Field == "end" {
					return &FieldError{"close", fe.Message}
				}
				return err
			}
		}
	}
	return nil
}

// schedule reads a window as a signage schedule's: the same rules for
// weekdays and windows past midnight.
func (h OpenHours) schedule() *Schedule {
	return &Schedule{Playlist: "-", Weekdays: h.Weekdays, Start: h.Open, End: h.Close}
}

// For returns the schedule a screen in groups follows: that of its first
// group with one, else the store's; nil when neither exists (always on).
func (p *Power) For(groups []string) *PowerSchedule {
	if p == nil {
		return nil
	}
	for _, g := range groups {
		if i := slices.IndexFunc(p.Schedules, func(s PowerSchedule) bool { return s.Group == g }); i >= 0 {
			return &p.Schedules[i]
		}
	}
	if i := slices.IndexFunc(p.Schedules, func(s PowerSchedule) bool { return s.Group == "" }); i >= 0 {
		return &p.Schedules[i]
	}
	return nil
}

// OnAt reports whether a screen in groups is on at now, in the store's
// zone loc. A schedule with no hours keeps its screens dark.
func (p *Power) OnAt(now time.Time, loc *time.Location, groups []string) bool {
	s := p.For(groups)
	if s == nil {
		return true
	}
	local := now.In(loc)
	return slices.ContainsFunc(s.Hours, func(h OpenHours) bool { return h.schedule().ActiveAt(local) })
}

// HoursOn returns the windows a screen in groups is on during weekday
// wd, as "HH:MM–HH:MM", for a passer-by to read; ok is false when no
// schedule applies (the screens are always on: no hours to tell).
func (p *Power) HoursOn(wd time.Weekday, groups []string) (hours []string, ok bool) {
	s := p.For(groups)
	if s == nil {
		return nil, false
	}
	for _, h := range s.Hours {
		if len(h.Weekdays) == 0 || slices.Contains(h.Weekdays, int(wd)) {
			hours = append(hours, h.Open+"–"+h.Close)
		}
	}
	return hours, true
}
