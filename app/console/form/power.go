package form

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PowerDraft is the power form's inputs, as typed: the screens' opening
// hours, one schedule per set of groups.
type PowerDraft struct {
	Schedules []PowerScheduleDraft
}

// PowerScheduleDraft is one schedule: the groups it applies to and its
// hours per weekday.
type PowerScheduleDraft struct {
	Groups string      // comma separated; empty: every screen without hours of its own
	Days   [7]DayHours // by weekday, 0 Sunday
}

// DayHours is one weekday's opening hours; both empty: closed that day.
type DayHours struct {
	Open, Close string // HH:MM, as <input type=time> gives it
}

// PowerField is the name of a schedule's field ("groups", or "open" and
// "close" of day), the id its problem is filed under.
func PowerField(schedule int, name string, day ...int) string {
	if len(day) > 0 {
		return fmt.Sprintf("schedules.%d.days.%d.%s", schedule, day[0], name)
	}
	return fmt.Sprintf("schedules.%d.%s", schedule, name)
}

// Set stores v, as typed, in the draft's field name (a PowerField) and
// reports whether the draft has that field. The form's controls find
// their field by name when they fire, never through a pointer kept from
// a render: a pointer into Schedules is left behind once append moves it.
func (d *PowerDraft) Set(name, v string) bool {
	p := d.field(name)
	if p == nil {
		return false
	}
	*p = v
	return true
}

// Value is what the draft holds in its field name; "" when it has none.
func (d *PowerDraft) Value(name string) string {
	if p := d.field(name); p != nil {
		return *p
	}
	return ""
}

// field is the text behind a PowerField name; nil when there is none.
func (d *PowerDraft) field(name string) *string {
	parts := strings.Split(name, ".")
	if len(parts) < 3 || parts[0] != "schedules" {
		return nil
	}
	i, err := strconv.Atoi(parts[1])
	if err != nil || i < 0 || i >= len(d.Schedules) {
		return nil
	}
	s := &d.Schedules[i]
	if len(parts) == 3 && parts[2] == "groups" {
		return &s.Groups
	}
	if len(parts) != 5 || parts[2] != "days" {
		return nil
	}
	w, err := strconv.Atoi(parts[3])
	if err != nil || w < 0 || w >= len(s.Days) {
		return nil
	}
	switch parts[4] {
	case "open":
		return &s.Days[w].Open
	case "close":
		return &s.Days[w].Close
	}
	return nil
}

// PowerDraftOf is the form filled with p. Groups with the same hours share
// one schedule. A day with more than one window shows its first: the form
// has one window a day.
func PowerDraftOf(p content.Power) PowerDraft {
	var d PowerDraft
	var hours [][]content.OpenHours
	for _, s := range p.Schedules {
		i := slices.IndexFunc(hours, func(h []content.OpenHours) bool { return s.Group != "" && sameHours(h, s.Hours) })
		if i >= 0 && d.Schedules[i].Groups != "" {
			d.Schedules[i].Groups += ", " + s.Group
			continue
		}
		sd := PowerScheduleDraft{Groups: s.Group}
		for _, h := range s.Hours {
			days := h.Weekdays
			if len(days) == 0 {
				days = []int{0, 1, 2, 3, 4, 5, 6}
			}
			for _, w := range days {
				if w >= 0 && w < 7 && sd.Days[w] == (DayHours{}) {
					sd.Days[w] = DayHours{h.Open, h.Close}
				}
			}
		}
		d.Schedules = append(d.Schedules, sd)
		hours = append(hours, s.Hours)
	}
	return d
}

func sameHours(a, b []content.OpenHours) bool {
	return slices.EqualFunc(a, b, func(x, y content.OpenHours) bool {
		return x.Open == y.Open && x.Close == y.Close && slices.Equal(x.Weekdays, y.Weekdays)
	})
}

// Power checks the form and builds the request: one schedule per group,
// days with the same hours in one window.
func (d PowerDraft) Power() (content.Power, Problems) {
	ps := Problems{}
	p := content.Power{Schedules: []content.PowerSchedule{}}
	seen := map[string]bool{}
	for i, sd := range d.Schedules {
		groups := ParseGroups(sd.Groups)
		if !groupsOK(groups) {
			ps[PowerField(i, "groups")] = problem(i18n.ConsoleErrGroups)
		}
		if len(groups) == 0 {
			groups = []string{""} // the store's own hours
		}
		for _, g := range groups {
			if seen[g] {
				ps[PowerField(i, "groups")] = problem(i18n.ConsoleErrPowerTwice, "Group", g)
			}
			seen[g] = true
		}
		hours := d.hours(ps, i)
		for _, g := range groups {
			p.Schedules = append(p.Schedules, content.PowerSchedule{Group: g, Hours: hours})
		}
	}
	if len(p.Schedules) > content.MaxPowerSchedules {
		ps[""] = problem(i18n.ConsoleErrPowerMany, "Max", content.MaxPowerSchedules)
	}
	if len(ps) > 0 {
		return content.Power{}, ps
	}
	return p, nil
}

// hours reads schedule i's days as windows, in weekday order.
func (d PowerDraft) hours(ps Problems, i int) []content.OpenHours {
	var out []content.OpenHours
	for w, h := range d.Schedules[i].Days {
		if h == (DayHours{}) {
			continue
		}
		bad := false
		for _, f := range []struct{ name, v string }{{"open", h.Open}, {"close", h.Close}} {
			if _, ok := content.Minutes(f.v); !ok {
				ps[PowerField(i, f.name, w)] = problem(i18n.ConsoleErrPowerTime)
				bad = true
			}
		}
		if bad {
			continue
		}
		j := slices.IndexFunc(out, func(o content.OpenHours) bool { return o.Open == h.Open && o.Close == h.Close })
		if j < 0 {
			out = append(out, content.OpenHours{Open: h.Open, Close: h.Close})
			j = len(out) - 1
		}
		out[j].Weekdays = append(out[j].Weekdays, w)
	}
	for j := range out {
		if len(out[j].Weekdays) == 7 {
			out[j].Weekdays = nil // every day
		}
	}
	return out
}

// Refused files the server's refusal under the schedule it names: the
// server's fields are per group ("group" quotes the group), the form's per
// schedule; what names no schedule is the form's.
func (d PowerDraft) Refused(e rest.ErrorDetail, status, retryAfter int) Problems {
	ps := Refused(e, status, retryAfter)
	if e.Code != "invalid" {
		return ps
	}
	p := ps[e.Field]
	delete(ps, e.Field)
	for i, sd := range d.Schedules {
		quoted := func(g string) bool { return strings.Contains(e.Message, strconv.Quote(g)) }
		if e.Field == "group" && slices.ContainsFunc(ParseGroups(sd.Groups), quoted) {
			ps[PowerField(i, "groups")] = p
			return ps
		}
	}
	ps[""] = p
	return ps
}

// PowerFields is the form's field order, Monday first as the form shows
// the days, for focusing the first problem.
func (d PowerDraft) PowerFields() []string {
	var out []string
	for i := range d.Schedules {
		out = append(out, PowerField(i, "groups"))
		for _, w := range []int{1, 2, 3, 4, 5, 6, 0} {
			out = append(out, PowerField(i, "open", w), PowerField(i, "close", w))
		}
	}
	return append(out, "")
}
