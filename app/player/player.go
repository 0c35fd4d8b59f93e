package player

import (
	"bytes"
	"slices"
	"time"

	"storecast/app/content"
)

// Rotate, as a screen's locale, shows each slide in the next of
// RotateLocales.
const Rotate = "rotate"

// RotateLocales are the languages a rotating screen goes through.
var RotateLocales = []string{content.LocaleZhHans, content.LocaleZhHant, content.LocaleEn}

// FailedFor is how long media that failed to load is skipped before the
// screen tries it again.
const FailedFor = 5 * time.Minute

// Player picks what plays. It remembers what it learnt while playing: the
// media that failed, how many slides it began (to rotate languages), and
// the store's zone rules it parsed.
type Player struct {
	Locale string // a content locale, or Rotate
	failed map[string]time.Time
	shown  int

	zoneName string
	zoneData []byte
	zone     *time.Location
}

// New returns a player showing text in locale (or Rotate).
func New(locale string) *Player {
	return &Player{Locale: locale, failed: map[string]time.Time{}}
}

// Begin records that e went on screen.
func (p *Player) Begin(e Entry) { p.shown++ }

func (p *Player) locale() string {
	if p.Locale != Rotate {
		return p.Locale
	}
	return RotateLocales[p.shown%len(RotateLocales)]
}

// Fail records that e failed to load at at: its media (or the slide, when
// it has none) is skipped for FailedFor.
func (p *Player) Fail(e Entry, at time.Time) {
	if e.Fallback {
		return
	}
	p.failed[e.failKey()] = at.Add(FailedFor)
	for m, until := range p.failed { // forget old failures: the map stays small
		if !at.Before(until) {
			delete(p.failed, m)
		}
	}
}

// Location returns the store's time zone, parsing its rules once.
func (p *Player) Location(g *content.Signage) *time.Location {
	if g == nil {
		return time.Local
	}
	if p.zone == nil || g.Store.TimeZone != p.zoneName || !bytes.Equal(g.Store.ZoneData, p.zoneData) {
		p.zone, p.zoneName, p.zoneData = g.Location(), g.Store.TimeZone, slices.Clone(g.Store.ZoneData)
	}
	return p.zone
}

// PlaylistAt returns the playlist the schedule picks at now for a screen
// in groups, if it exists and has slides.
func (p *Player) PlaylistAt(snap *content.Snapshot, groups []string, now time.Time) (content.Playlist, bool) {
	g := snap.Signage
	if g == nil {
		return content.Playlist{}, false
	}
	id := content.PlaylistAt(g.Schedules, now, p.Location(g), groups, g.Store.DefaultPlaylist)
	pl, ok := g.Playlist(id)
	return pl, ok && len(pl.Slides) > 0
}

// Next returns the entry to show after the one at from, at time at: the
// next playable slide of the playlist the schedule picks then (its first,
// when that is another playlist than from's), or the fallback when nothing
// in it can play.
func (p *Player) Next(from Cursor, snap *content.Snapshot, groups []string, at time.Time) Entry {
	pl, ok := p.PlaylistAt(snap, groups, at)
	if !ok {
		return p.fallback()
	}
	c := Cursor{Playlist: pl.ID}
	if from.Playlist == pl.ID {
		c.Pass, c.Pos = from.Pass, from.Pos+1
	}
	order := Order(pl, c.Pass)
	for range len(pl.Slides) {
		if c.Pos >= len(order) {
			c.Pass, c.Pos = c.Pass+1, 0
			order = Order(pl, c.Pass)
		}
		e := newEntry(c, pl.Slides[order[c.Pos]], pl, p.locale())
		if p.Playable(e, snap, groups, at) {
			return e
		}
		c.Pos++
	}
	return p.fallback()
}

func (p *Player) fallback() Entry {
	// A fresh install's screens show the live promotions as a store
	// would: with the coupon or clock beside them and the ticker below.
	return Entry{Fallback: true, Layout: content.LayoutZones, Locale: p.locale()}
}

// Playable reports whether e can be shown at at on a screen in groups: its
// promotion is live and for this screen, its campaign claimable, its media
// has not failed lately, its text exists.
func (p *Player) Playable(e Entry, snap *content.Snapshot, groups []string, at time.Time) bool {
	if e.Fallback {
		return true
	}
	if until, failed := p.failed[e.failKey()]; failed && at.Before(until) {
		return false
	}
	s := e.Slide
	switch s.Kind {
	case content.SlideImage, content.SlideVideo:
		return s.Media != ""
	case content.SlidePromotion:
		_, ok := Promotion(snap, s.Promotion, groups, at)
		return ok
	case content.SlideCoupon:
		_, ok := Campaign(snap, s.Campaign, groups, at)
		return ok
	case content.SlideText:
		return s.Text.In(e.Locale) != ""
	case content.SlideClock:
		return true
	}
	return false
}

// Promotion returns promotion id if it is live at at and targeted at a
// screen in groups. A playlist may name one that is for other groups: its
// slide is then skipped, like a sold-out coupon's.
func Promotion(snap *content.Snapshot, id string, groups []string, at time.Time) (content.Promotion, bool) {
	for _, pr := range snap.Promotions {
		if pr.ID == id && pr.ActiveAt(at) && pr.Targets(groups) {
			return pr, true
		}
	}
	return content.Promotion{}, false
}

// Campaign returns campaign id if a shopper in front of a screen in groups
// can claim it at at.
func Campaign(snap *content.Snapshot, id string, groups []string, at time.Time) (content.Campaign, bool) {
	for _, c := range snap.ClaimableCampaigns(at, groups) {
		if c.ID == id {
			return c, true
		}
	}
	return content.Campaign{}, false
}

// SwitchAt returns the start of the next minute of the store's clock if
// the schedule picks another playlist then than now: schedules change only
// on whole minutes, so a screen that looks one minute ahead can have the
// new playlist's first slide ready when the minute comes.
func (p *Player) SwitchAt(snap *content.Snapshot, groups []string, now time.Time) (time.Time, bool) {
	if snap.Signage == nil {
		return time.Time{}, false
	}
	local := now.In(p.Location(snap.Signage))
	next := time.Date(local.Year(), local.Month(), local.Day(), local.Hour(), local.Minute()+1, 0, 0, local.Location())
	a, okA := p.PlaylistAt(snap, groups, now)
	b, okB := p.PlaylistAt(snap, groups, next)
	if okA == okB && a.ID == b.ID {
		return time.Time{}, false
	}
	return next, true
}
