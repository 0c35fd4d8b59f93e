package form

import (
	"reflect"
	"testing"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// week is the days of a draft: open to close on the weekdays listed.
func week(open, close string, days ...int) [7]DayHours {
	var w [7]DayHours
	for _, d := range days {
		w[d] = DayHours{open, close}
	}
	return w
}

func TestPowerDraftPower(t *testing.T) {
	every := []int{0, 1, 2, 3, 4, 5, 6}
	weekend := week("10:00", "02:00", 5, 6)
	weekend[1] = DayHours{"18:00", "23:00"}
	tests := []struct {
		name string
		d    PowerDraft
		want content.Power
	}{
		{"none: always on", PowerDraft{}, content.Power{Schedules: []content.PowerSchedule{}}},
		{"the store, every day", PowerDraft{Schedules: []PowerScheduleDraft{{Days: week("08:00", "22:00", every...)}}},
			content.Power{Schedules: []content.PowerSchedule{{Hours: []content.OpenHours{{Open: "08:00", Close: "22:00"}}}}}},
		{"two groups share hours; closed days left out", PowerDraft{Schedules: []PowerScheduleDraft{{Groups: "bar, terrace", Days: weekend}}},
			content.Power{Schedules: []content.PowerSchedule{
				{Group: "bar", Hours: []content.OpenHours{{Weekdays: []int{1}, Open: "18:00", Close: "23:00"}, {Weekdays: []int{5, 6}, Open: "10:00", Close: "02:00"}}},
				{Group: "terrace", Hours: []content.OpenHours{{Weekdays: []int{1}, Open: "18:00", Close: "23:00"}, {Weekdays: []int{5, 6}, Open: "10:00", Close: "02:00"}}},
			}}},
		{"closed every day", PowerDraft{Schedules: []PowerScheduleDraft{{Groups: "closed"}}},
			content.Power{Schedules: []content.PowerSchedule{{Group: "closed"}}}},
	}
	for _, tt := range tests {
		got, ps := tt.d.Power()
		if len(ps) > 0 {
			t.Errorf("%s: problems %v; want none", tt.name, ps)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v; want %+v", tt.name, got, tt.want)
		}
		if err := got.Validate(); err != nil {
			t.Errorf("%s: the server would refuse it: %v", tt.name, err)
		}
		if back := PowerDraftOf(got); !reflect.DeepEqual(back, tt.d) {
			t.Errorf("%s: read back as %+v; want %+v", tt.name, back, tt.d)
		}
	}
}

func TestPowerDraftProblems(t *testing.T) {
	tests := []struct {
		name  string
		d     PowerDraft
		field string
		id    string
	}{
		{"close missing", PowerDraft{Schedules: []PowerScheduleDraft{{Days: week("08:00", "", 3)}}}, "schedules.0.days.3.close", i18n.ConsoleErrPowerTime},
		{"open not a time", PowerDraft{Schedules: []PowerScheduleDraft{{Days: week("8", "22:00", 0)}}}, "schedules.0.days.0.open", i18n.ConsoleErrPowerTime},
		{"two store schedules", PowerDraft{Schedules: []PowerScheduleDraft{{}, {Groups: " "}}}, "schedules.1.groups", i18n.ConsoleErrPowerTwice},
		{"a group twice", PowerDraft{Schedules: []PowerScheduleDraft{{Groups: "bar"}, {Groups: "front, bar"}}}, "schedules.1.groups", i18n.ConsoleErrPowerTwice},
		{"group too long", PowerDraft{Schedules: []PowerScheduleDraft{{Groups: "a-name-much-longer-than-forty-characters-is-refused"}}}, "schedules.0.groups", i18n.ConsoleErrGroups},
	}
	for _, tt := range tests {
		_, ps := tt.d.Power()
		if got := ps[tt.field].ID; got != tt.id {
			t.Errorf("%s: problem at %s = %q (all: %v); want %q", tt.name, tt.field, got, ps, tt.id)
		}
		if f, _ := ps.First(tt.d.PowerFields()...); f != tt.field {
			t.Errorf("%s: first problem at %q; want %q", tt.name, f, tt.field)
		}
	}
}

func TestPowerDraftOf(t *testing.T) {
	p := content.Power{Schedules: []content.PowerSchedule{
		{Hours: []content.OpenHours{{Open: "08:00", Close: "22:00"}, {Weekdays: []int{0}, Open: "23:00", Close: "23:30"}}},
		{Group: "bar", Hours: []content.OpenHours{{Weekdays: []int{5}, Open: "18:00", Close: "02:00"}}},
		{Group: "terrace", Hours: []content.OpenHours{{Weekdays: []int{5}, Open: "18:00", Close: "02:00"}}},
	}}
	want := PowerDraft{Schedules: []PowerScheduleDraft{
		{Days: week("08:00", "22:00", 0, 1, 2, 3, 4, 5, 6)}, // Sunday's second window: the form has one a day
		{Groups: "bar, terrace", Days: week("18:00", "02:00", 5)},
	}}
	if got := PowerDraftOf(p); !reflect.DeepEqual(got, want) {
		t.Errorf("PowerDraftOf = %+v; want %+v", got, want)
	}
}

func TestPowerDraftRefused(t *testing.T) {
	d := PowerDraft{Schedules: []PowerScheduleDraft{{Groups: "front"}, {Groups: "bar"}}}
	tests := []struct {
		e     rest.ErrorDetail
		field string
	}{
		{rest.ErrorDetail{Code: "invalid", Field: "group", Message: `"bar" has two schedules`}, "schedules.1.groups"},
		{rest.ErrorDetail{Code: "invalid", Field: "open", Message: "a time as HH:MM"}, ""},
		{rest.ErrorDetail{Code: "forbidden", Message: "admins only"}, ""},
	}
	for _, tt := range tests {
		ps := d.Refused(tt.e, 400, 0)
		if _, ok := ps[tt.field]; !ok || len(ps) != 1 {
			t.Errorf("Refused(%+v) = %v; want one problem, at %q", tt.e, ps, tt.field)
		}
	}
}

func TestPowerDraftSet(t *testing.T) {
	tests := []struct {
		name, field, v string
		ok             bool
		want           PowerDraft
	}{
		{"groups", "schedules.1.groups", "bar", true,
			PowerDraft{Schedules: []PowerScheduleDraft{{}, {Groups: "bar"}}}},
		{"Monday's closing", "schedules.0.days.1.close", "22:00", true,
			PowerDraft{Schedules: []PowerScheduleDraft{{Days: week("", "22:00", 1)}, {}}}},
		{"Sunday's opening", "schedules.1.days.0.open", "10:00", true,
			PowerDraft{Schedules: []PowerScheduleDraft{{}, {Days: week("10:00", "", 0)}}}},
		{"no such schedule", "schedules.2.groups", "bar", false, PowerDraft{Schedules: []PowerScheduleDraft{{}, {}}}},
		{"no such day", "schedules.0.days.7.open", "10:00", false, PowerDraft{Schedules: []PowerScheduleDraft{{}, {}}}},
		{"no such time", "schedules.0.days.1.noon", "12:00", false, PowerDraft{Schedules: []PowerScheduleDraft{{}, {}}}},
		{"not a schedule", "groups", "bar", false, PowerDraft{Schedules: []PowerScheduleDraft{{}, {}}}},
		{"the form", "", "x", false, PowerDraft{Schedules: []PowerScheduleDraft{{}, {}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := PowerDraft{Schedules: make([]PowerScheduleDraft, 1)}
			d.Schedules = append(d.Schedules, PowerScheduleDraft{}) // moves the slice, as adding a schedule does
			if ok := d.Set(tt.field, tt.v); ok != tt.ok {
				t.Errorf("Set(%q) = %t; want %t", tt.field, ok, tt.ok)
			}
			if !reflect.DeepEqual(d, tt.want) {
				t.Errorf("draft = %+v; want %+v", d, tt.want)
			}
			if tt.ok {
				if got := d.Value(tt.field); got != tt.v {
					t.Errorf("Value(%q) = %q; want %q", tt.field, got, tt.v)
				}
			}
		})
	}
}

// Every field the form names can be set: the names the form gives its
// controls and the names Set reads are one scheme.
func TestPowerDraftSetsEveryField(t *testing.T) {
	d := PowerDraft{Schedules: make([]PowerScheduleDraft, 2)}
	for _, name := range d.PowerFields() {
		if name == "" {
			continue
		}
		if !d.Set(name, "x") {
			t.Errorf("Set(%q) = false; want true", name)
		}
	}
}
