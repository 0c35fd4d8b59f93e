package form

import (
	"reflect"
	"testing"

	"storecast/app/content"
	"storecast/app/i18n"
)

func TestNormalizeHHMM(t *testing.T) {
	for in, want := range map[string]string{
		"09:30": "09:30", "9:30": "09:30", "0930": "09:30", "930": "09:30", "9": "09:00",
		" 23:59 ": "23:59", "24:00": "24:00", "00:00": "00:00", "12：15": "12:15",
		"24:01": "", "9:5": "", "ab:cd": "", "": "", "12345": "", "25": "",
	} {
		got, ok := NormalizeHHMM(in)
		if got != want || ok != (want != "") {
			t.Errorf("NormalizeHHMM(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestScheduleDraft(t *testing.T) {
	d := ScheduleDraft{Playlist: "p1", Start: "0:00", End: "0", Priority: "5", Groups: "entrance, dairy"}
	for i := range d.Weekdays {
		d.Weekdays[i] = true
	}
	s, ps := d.Schedule()
	want := content.Schedule{Playlist: "p1", Start: "00:00", End: "00:00", Priority: 5, Groups: []string{"entrance", "dairy"}}
	if len(ps) > 0 || !reflect.DeepEqual(s, want) {
		t.Fatalf("Schedule() = %+v, %v; want %+v", s, ps, want)
	}
	if err := s.Validate(); err != nil {
		t.Errorf("the server would refuse it: %v", err)
	}
	if back := NewScheduleDraft(content.Schedule{Playlist: "p", Weekdays: []int{1, 5}, Start: "22:00", End: "02:00"}); !back.Weekdays[1] || !back.Weekdays[5] || back.Weekdays[0] {
		t.Errorf("NewScheduleDraft weekdays = %v", back.Weekdays)
	}

	bad := ScheduleDraft{FromDate: "2026-12-01", ToDate: "2026-11-01", Start: "25:00", End: "x", Priority: "-1"}
	_, ps = bad.Schedule()
	got := problemIDs(ps)
	wantIDs := "end=" + i18n.ConsoleSgErrTime + " playlist=" + i18n.ConsoleSgErrPlaylist + " priority=" + i18n.ConsoleErrPriority +
		" start=" + i18n.ConsoleSgErrTime + " to_date=" + i18n.ConsoleSgErrToDate
	if got != wantIDs {
		t.Errorf("problems = %s; want %s", got, wantIDs)
	}
}
