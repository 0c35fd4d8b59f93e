package signage

import (
	"strings"
	"time"

	"storecast/app/content"
	"storecast/app/player"
	"storecast/app/proof"
	"storecast/app/rest"
)

// minPlay is the shortest paused showing worth a record: a slide paused
// the instant it began (the pairing code came up at start) played nothing.
const minPlay = 250 * time.Millisecond

// recordShow records a show that left the screen at end (wall clock).
// Records carry wall-clock times, whatever clock the player runs on: they
// say what a real screen showed when.
func (p *Page) recordShow(s player.Show, end time.Time) {
	if s.Fallback {
		p.recordPromotion(end)
		return
	}
	if s.Key() == "" {
		return
	}
	p.add(rest.Play{
		Playlist: s.Playlist, Slide: s.Slide.ID, Kind: s.Slide.Kind, Ref: s.Ref,
		StartedAt: p.realStart, Ms: end.Sub(p.realStart).Milliseconds(), Error: p.curErr,
	})
}

// recordFailed records a slide skipped because it could not load.
func (p *Page) recordFailed(e player.Entry, why string) {
	if why == "" {
		why = "failed to load"
	}
	p.add(rest.Play{
		Playlist: e.Playlist, Slide: e.Slide.ID, Kind: e.Slide.Kind, Ref: e.Ref,
		StartedAt: time.Now(), Error: why,
	})
}

// recordPromotion records the fallback's promotion on screen until end.
func (p *Page) recordPromotion(end time.Time) {
	if p.promos.current == "" {
		return
	}
	p.add(rest.Play{
		Kind: content.SlidePromotion, Ref: p.promos.current,
		StartedAt: p.promos.start, Ms: end.Sub(p.promos.start).Milliseconds(),
	})
}

func (p *Page) add(r rest.Play) {
	if p.plays == nil { // prerendering
		return
	}
	r.ID = proof.NewID()
	r.StartedAt = r.StartedAt.UTC().Truncate(time.Millisecond)
	if len(r.Error) > 200 {
		r.Error = strings.ToValidUTF8(r.Error[:200], "")
	}
	p.plays.Add(r)
	p.recorded++
}
