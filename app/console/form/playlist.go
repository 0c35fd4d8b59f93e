package form

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
	Template  string    // promotion slides: "" is the playlist's
	Text      [3]string // by content.Locales
	Seconds   string
}

// PlaylistDraft is the playlist editor's inputs.
type PlaylistDraft struct {
	ID       string
	Name     string
	Layout   string
	Template string // "" is automatic
	Shuffle  bool
	Slides   []SlideDraft
}

// NewPlaylistDraft fills the editor from a stored playlist.
func NewPlaylistDraft(p content.Playlist) PlaylistDraft {
	d := PlaylistDraft{ID: p.ID, Name: p.Name, Layout: p.Layout, Template: p.Template, Shuffle: p.Shuffle}
	if d.Layout == "" {
		d.Layout = content.LayoutFull
	}
	for _, s := range p.Slides {
		sd := SlideDraft{ID: s.ID, Kind: s.Kind, Media: s.Media, Promotion: s.Promotion, Campaign: s.Campaign, Template: s.Template, Seconds: strconv.Itoa(s.Seconds)}
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

// SlideField names a slide's field as the server does: "slides[2].seconds".
func SlideField(i int, name string) string { return fmt.Sprintf("slides[%d].%s", i, name) }

// Playlist checks the draft as the server will, and builds the request.
func (d PlaylistDraft) Playlist() (content.Playlist, Problems) {
	ps := Problems{}
	p := content.Playlist{ID: d.ID, Name: strings.TrimSpace(d.Name), Layout: d.Layout, Template: d.Template, Shuffle: d.Shuffle, Slides: []content.Slide{}}
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
			ps[SlideField(i, "seconds")] = problem(i18n.ConsoleSgErrSeconds)
		}
		s.Seconds = secs
		s.Text = texts(ps, SlideField(i, "text"), sd.Text, content.MaxBodyRunes, false)
		if len(s.Text) == 0 {
			s.Text = nil
		}
		switch sd.Kind {
		case content.SlideImage, content.SlideVideo:
			s.Media = sd.Media
			if sd.Media == "" {
				ps[SlideField(i, "media")] = problem(i18n.ConsoleSgErrMedia)
			}
		case content.SlidePromotion:
			s.Promotion, s.Template = sd.Promotion, sd.Template
			if sd.Promotion == "" {
				ps[SlideField(i, "promotion")] = problem(i18n.ConsoleSgErrPick)
			}
		case content.SlideCoupon:
			s.Campaign = sd.Campaign
			if sd.Campaign == "" {
				ps[SlideField(i, "campaign")] = problem(i18n.ConsoleSgErrPick)
			}
		case content.SlideText:
			if s.Text == nil {
				ps[SlideField(i, "text")] = problem(i18n.ConsoleSgErrText)
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
			out = append(out, SlideField(i, f))
		}
	}
	return append(out, "slides", "")
}
