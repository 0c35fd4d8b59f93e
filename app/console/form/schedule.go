package form

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
)

// ScheduleDraft is the schedule form's inputs.
type ScheduleDraft struct {
	ID               string
	Playlist         string
	FromDate, ToDate string  // YYYY-MM-DD, as <input type="date"> holds
	Weekdays         [7]bool // by Go weekday, 0 Sunday
	Start, End       string  // HH:MM
	Priority         string
	Groups           string
}

// NewScheduleDraft fills the form from a stored schedule.
func NewScheduleDraft(s content.Schedule) ScheduleDraft {
	d := ScheduleDraft{ID: s.ID, Playlist: s.Playlist, FromDate: s.FromDate, ToDate: s.ToDate,
		Start: s.Start, End: s.End, Priority: strconv.Itoa(s.Priority), Groups: strings.Join(s.Groups, ", ")}
	for _, w := range s.Weekdays {
		if w >= 0 && w <= 6 {
			d.Weekdays[w] = true
		}
	}
	return d
}

// NormalizeHHMM reads a time of day as people type it ("9:30", "0930",
// "9") into HH:MM; ok is false when it is not one.
func NormalizeHHMM(s string) (string, bool) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "：", ":"))
	h, m, found := strings.Cut(s, ":")
	if !found {
		switch len(s) {
		case 1, 2:
			h, m = s, "00"
		case 3, 4:
			h, m = s[:len(s)-2], s[len(s)-2:]
		default:
			return "", false
		}
	}
	hv, err1 := strconv.Atoi(h)
	mv, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || len(m) != 2 || len(h) == 0 || len(h) > 2 {
		return "", false
	}
	out := fmt.Sprintf("%02d:%02d", hv, mv)
	if _, ok := content.Minutes(out); !ok {
		return "", false
	}
	return out, true
}

// Schedule checks the form as the server will, and builds the request.
func (d ScheduleDraft) Schedule() (content.Schedule, Problems) {
	ps := Problems{}
	s := content.Schedule{ID: d.ID, Playlist: d.Playlist, FromDate: strings.TrimSpace(d.FromDate), ToDate: strings.TrimSpace(d.ToDate)}
	if s.Playlist == "" {
		ps["playlist"] = problem(i18n.ConsoleSgErrPlaylist)
	}
	for _, f := range []struct {
		name string
		v    *string
	}{{"from_date", &s.FromDate}, {"to_date", &s.ToDate}} {
		if *f.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, *f.v); err != nil {
			ps[f.name] = problem(i18n.ConsoleErrDate)
		}
	}
	if ps["from_date"].ID == "" && ps["to_date"].ID == "" && s.FromDate != "" && s.ToDate != "" && s.ToDate < s.FromDate {
		ps["to_date"] = problem(i18n.ConsoleSgErrToDate)
	}
	for w, on := range d.Weekdays {
		if on {
			s.Weekdays = append(s.Weekdays, w)
		}
	}
	if len(s.Weekdays) == 7 {
		s.Weekdays = nil // every day
	}
	var ok bool
	if s.Start, ok = NormalizeHHMM(d.Start); !ok {
		ps["start"] = problem(i18n.ConsoleSgErrTime)
	}
	if s.End, ok = NormalizeHHMM(d.End); !ok {
		ps["end"] = problem(i18n.ConsoleSgErrTime)
	}
	if p := strings.TrimSpace(d.Priority); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > content.MaxPriority {
			ps["priority"] = problem(i18n.ConsoleErrPriority)
		}
		s.Priority = n
	}
	s.Groups = ParseGroups(d.Groups)
	if !groupsOK(s.Groups) {
		ps["groups"] = problem(i18n.ConsoleErrGroups)
	}
	if len(s.Groups) == 0 {
		s.Groups = nil
	}
	if len(ps) > 0 {
		return content.Schedule{}, ps
	}
	return s, nil
}

// ScheduleFields is the schedule form's field order.
var ScheduleFields = []string{"playlist", "from_date", "to_date", "weekdays", "start", "end", "priority", "groups", ""}
