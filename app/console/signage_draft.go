package console

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/i18n"
)

// SlideDraft is one slide of the playlist editor, as typed.
type SlideDraft struct {
	ID, Kind  string
	Media     string
	Promotion string
	Campaign  string
	Text      [3]string // by content.Locales
	Seconds   string
}

// PlaylistDraft is the playlist editor's inputs.
type PlaylistDraft struct {
	ID      string
	Name    string
	Layout  string
	Shuffle bool
	Slides  []SlideDraft
}

// NewPlaylistDraft fills the editor from a stored playlist.
func NewPlaylistDraft(p content.Playlist) PlaylistDraft {
	d := PlaylistDraft{ID: p.ID, Name: p.Name, Layout: p.Layout, Shuffle: p.Shuffle}
	if d.Layout == "" {
		d.Layout = content.LayoutFull
	}
	for _, s := range p.Slides {
		sd := SlideDraft{ID: s.ID, Kind: s.Kind, Media: s.Media, Promotion: s.Promotion, Campaign: s.Campaign, Seconds: strconv.Itoa(s.Seconds)}
		for i, l := range content.Locales {
			sd.Text[i] = s.Text[l]
		}
		d.Slides = append(d.Slides, sd)
	}
	return d
}

var slideSeq int

// NewSlide is a new slide of kind with the default duration.
func NewSlide(kind string, now time.Time) SlideDraft {
	slideSeq++
	return SlideDraft{ID: fmt.Sprintf("s%s%d", strconv.FormatInt(now.UnixMilli(), 36), slideSeq), Kind: kind, Seconds: strconv.Itoa(content.DefaultSeconds)}
}

// Move swaps slide i with its neighbour by (-1 up, +1 down); false when it
// is already at that end.
func (d *PlaylistDraft) Move(i, by int) bool {
	j := i + by
	if i < 0 || i >= len(d.Slides) || j < 0 || j >= len(d.Slides) {
		return false
	}
	d.Slides[i], d.Slides[j] = d.Slides[j], d.Slides[i]
	return true
}

// slideField names a slide's field as the server does: "slides[2].seconds".
func slideField(i int, name string) string { return fmt.Sprintf("slides[%d].%s", i, name) }

// Playlist checks the draft as the server will, and builds the request.
func (d PlaylistDraft) Playlist() (content.Playlist, Problems) {
	ps := Problems{}
	p := content.Playlist{ID: d.ID, Name: strings.TrimSpace(d.Name), Layout: d.Layout, Shuffle: d.Shuffle, Slides: []content.Slide{}}
	if n := utf8.RuneCountInString(p.Name); n == 0 || n > 80 {
		ps["name"] = problem(i18n.ConsoleSgErrName)
	}
	if p.Layout == "" {
		p.Layout = content.LayoutFull
	}
	for i, sd := range d.Slides {
		s := content.Slide{ID: sd.ID, Kind: sd.Kind}
		secs, err := strconv.Atoi(strings.TrimSpace(sd.Seconds))
		if err != nil || secs < 0 || secs > content.MaxSlideSeconds || secs == 0 && sd.Kind != content.SlideVideo {
			ps[slideField(i, "seconds")] = problem(i18n.ConsoleSgErrSeconds)
		}
		s.Seconds = secs
		s.Text = texts(ps, slideField(i, "text"), sd.Text, content.MaxBodyRunes, false)
		if len(s.Text) == 0 {
			s.Text = nil
		}
		switch sd.Kind {
		case content.SlideImage, content.SlideVideo:
			s.Media = sd.Media
			if sd.Media == "" {
				ps[slideField(i, "media")] = problem(i18n.ConsoleSgErrMedia)
			}
		case content.SlidePromotion:
			s.Promotion = sd.Promotion
			if sd.Promotion == "" {
				ps[slideField(i, "promotion")] = problem(i18n.ConsoleSgErrPick)
			}
		case content.SlideCoupon:
			s.Campaign = sd.Campaign
			if sd.Campaign == "" {
				ps[slideField(i, "campaign")] = problem(i18n.ConsoleSgErrPick)
			}
		case content.SlideText:
			if s.Text == nil {
				ps[slideField(i, "text")] = problem(i18n.ConsoleSgErrText)
			}
		}
		p.Slides = append(p.Slides, s)
	}
	if len(ps) > 0 {
		return content.Playlist{}, ps
	}
	return p, nil
}

// PlaylistFields is the editor's field order for n slides, for focusing
// the first problem.
func PlaylistFields(n int) []string {
	out := []string{"name", "layout"}
	for i := range n {
		for _, f := range []string{"kind", "media", "promotion", "campaign", "text", "text.zh-Hans", "text.zh-Hant", "text.en", "seconds"} {
			out = append(out, slideField(i, f))
		}
	}
	return append(out, "slides", "")
}

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
