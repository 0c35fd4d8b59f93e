package player

import (
	"hash/fnv"
	"maps"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"storecast/app/content"
)

// Cursor is where a screen stands in a playlist: the pass (one time
// through every slide) and the position in that pass's order.
type Cursor struct {
	Playlist string
	Pass     int
	Pos      int
}

// Entry is one showing of one slide: what to draw, in which language, and
// for how long.
type Entry struct {
	Cursor
	Slide  content.Slide
	Layout string
	// Template is the playlist's template for promotion slides; the
	// slide's own, if any, is in Slide.
	Template string
	Ref      string // the promotion or campaign the slide draws from
	Locale   string
	// Fallback: no playlist has anything to play, so the screen rotates
	// the live promotions, as a fresh install does.
	Fallback bool
}

func newEntry(c Cursor, s content.Slide, pl content.Playlist, locale string) Entry {
	layout := pl.Layout
	if layout == "" {
		layout = content.LayoutFull
	}
	e := Entry{Cursor: c, Slide: s, Layout: layout, Template: pl.Template, Locale: locale}
	switch s.Kind {
	case content.SlidePromotion:
		e.Ref = s.Promotion
	case content.SlideCoupon:
		e.Ref = s.Campaign
	}
	return e
}

// EntryFor is the showing of slide id of playlist pl in locale, as the
// screen that reports it ("slide:PLAYLIST/SLIDE") draws it.
func EntryFor(pl content.Playlist, id, locale string) (Entry, bool) {
	i := slices.IndexFunc(pl.Slides, func(s content.Slide) bool { return s.ID == id })
	if i < 0 {
		return Entry{}, false
	}
	return newEntry(Cursor{Playlist: pl.ID, Pos: i}, pl.Slides[i], pl, locale), true
}

// Key names the showing: two showings of one slide (in two passes) have
// different keys, so each gets freshly drawn.
func (e Entry) Key() string {
	switch {
	case e.Fallback:
		return "fallback"
	case e.Slide.ID == "":
		return "" // no entry
	}
	return e.Playlist + "/" + strconv.Itoa(e.Pass) + "/" + strconv.Itoa(e.Pos) + "/" + e.Slide.ID
}

// Same reports whether two entries are the same showing, drawn alike.
func (e Entry) Same(o Entry) bool {
	a, b := e.Slide, o.Slide
	return e.Key() == o.Key() && e.Locale == o.Locale && e.Layout == o.Layout && e.Template == o.Template &&
		a.Template == b.Template && a.Kind == b.Kind && a.Media == b.Media && a.Promotion == b.Promotion &&
		a.Campaign == b.Campaign && a.Seconds == b.Seconds && maps.Equal(a.Text, b.Text)
}

// failKey is what a failure is remembered by: the media, which may be in
// several slides, or else the slide itself.
func (e Entry) failKey() string {
	if e.Slide.Media != "" {
		return e.Slide.Media
	}
	return "slide:" + e.Playlist + "/" + e.Slide.ID
}

// Showing is what the console's fleet view is told: "slide:<playlist>/<slide>".
func (e Entry) Showing() string {
	if e.Fallback {
		return ""
	}
	return "slide:" + e.Playlist + "/" + e.Slide.ID
}

// Duration is how long the entry shows; 0 for a video that plays to its
// end.
func (e Entry) Duration() time.Duration {
	return time.Duration(e.Slide.Seconds) * time.Second
}

// Order is the order of a playlist's slides in one pass: as written, or
// shuffled, the same way every time for the same playlist and pass. A
// shuffled pass does not start with the slide the previous one ended on.
func Order(p content.Playlist, pass int) []int {
	if !p.Shuffle || len(p.Slides) < 2 {
		order := make([]int, len(p.Slides))
		for i := range order {
			order[i] = i
		}
		return order
	}
	order := shuffled(p.ID, len(p.Slides), pass)
	if pass > 0 && len(order) > 2 {
		prev := shuffled(p.ID, len(order), pass-1) // its last slide is never moved
		if order[0] == prev[len(prev)-1] {
			order[0], order[1] = order[1], order[0]
		}
	}
	return order
}

func shuffled(id string, n, pass int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	h := fnv.New64a()
	h.Write([]byte(id))
	r := rand.New(rand.NewPCG(h.Sum64(), uint64(pass)))
	r.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	return order
}
