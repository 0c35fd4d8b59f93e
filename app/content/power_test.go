package content

import (
	"strings"
	"testing"
	"time"
)

func TestPowerOnAt(t *testing.T) {
	zone := time.FixedZone("CST", 8*3600)
	p := &Power{Schedules: []PowerSchedule{
		{Hours: []OpenHours{{Open: "08:00", Close: "22:00"}}},
		{Group: "bar", Hours: []OpenHours{{Weekdays: []int{5, 6}, Open: "18:00", Close: "02:00"}}},
		{Group: "closed"},
	}}
	at := func(s string) time.Time {
		tm, err := time.ParseInLocation("2006-01-02 15:04", s, zone)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	tests := []struct {
		groups []string
		at     string
		want   bool
	}{
		{nil, "2026-11-27 07:59", false},
		{nil, "2026-11-27 08:00", true},
		{nil, "2026-11-27 21:59", true},
		{nil, "2026-11-27 22:00", false},
		{[]string{"front"}, "2026-11-27 12:00", true}, // no hours of its own: the store's
		{[]string{"bar"}, "2026-11-27 12:00", false},  // Friday noon: the bar is dark
		{[]string{"bar"}, "2026-11-27 23:00", true},
		{[]string{"bar"}, "2026-11-28 01:59", true}, // Friday's window runs into Saturday
		{[]string{"bar"}, "2026-11-29 01:00", true}, // Saturday's into Sunday
		{[]string{"bar"}, "2026-11-30 01:00", false},
		{[]string{"front", "bar"}, "2026-11-27 12:00", false}, // its first group with hours
		{[]string{"closed"}, "2026-11-27 12:00", false},
	}
	for _, tt := range tests {
		if got := p.OnAt(at(tt.at), zone, tt.groups); got != tt.want {
			t.Errorf("OnAt(%s, %v) = %v; want %v", tt.at, tt.groups, got, tt.want)
		}
	}
	var none *Power
	if !none.OnAt(at("2026-11-27 03:00"), zone, nil) {
		t.Error("no power schedule: OnAt = false; want always on")
	}
}

func TestPowerValidate(t *testing.T) {
	tests := []struct {
		p  Power
		ok bool
	}{
		{Power{}, true},
		{Power{Schedules: []PowerSchedule{{Hours: []OpenHours{{Open: "08:00", Close: "22:00"}}}}}, true},
		{Power{Schedules: []PowerSchedule{{Group: "a"}, {Group: "a"}}}, false},
		{Power{Schedules: []PowerSchedule{{Hours: []OpenHours{{Open: "8:00", Close: "22:00"}}}}}, false},
		{Power{Schedules: []PowerSchedule{{Hours: []OpenHours{{Open: "08:00", Close: "25:00"}}}}}, false},
		{Power{Schedules: []PowerSchedule{{Hours: []OpenHours{{Weekdays: []int{7}, Open: "08:00", Close: "09:00"}}}}}, false},
		{Power{Schedules: []PowerSchedule{{Group: " ", Hours: nil}}}, false},
	}
	for _, tt := range tests {
		if err := tt.p.Validate(); (err == nil) != tt.ok {
			t.Errorf("Validate(%+v) = %v; want ok %v", tt.p, err, tt.ok)
		}
	}
}

func TestPowerHoursOn(t *testing.T) {
	p := &Power{Schedules: []PowerSchedule{
		{Hours: []OpenHours{{Open: "08:00", Close: "22:00"}}},
		{Group: "bar", Hours: []OpenHours{{Weekdays: []int{5, 6}, Open: "18:00", Close: "02:00"}}},
	}}
	tests := []struct {
		name   string
		power  *Power
		wd     time.Weekday
		groups []string
		want   string
		ok     bool
	}{
		{"store every day", p, time.Monday, nil, "08:00–22:00", true},
		{"group on its day", p, time.Friday, []string{"bar"}, "18:00–02:00", true},
		{"group closed today", p, time.Monday, []string{"bar"}, "", true},
		{"no schedule", nil, time.Monday, nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hours, ok := tt.power.HoursOn(tt.wd, tt.groups)
			if got := strings.Join(hours, ", "); got != tt.want || ok != tt.ok {
				t.Errorf("HoursOn = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}
