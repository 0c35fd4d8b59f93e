package signage

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/player"
)

// loop wakes the page when tick asks (a slide's end, the next second of
// the player's clock) and runs tick on the UI goroutine.
func (p *Page) loop(ctx app.Context, wake <-chan time.Duration, stop <-chan struct{}) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			ctx.Dispatch(p.tick)
		case d := <-wake:
			t.Reset(d)
		case <-stop:
			return
		}
	}
}

func (p *Page) tick(ctx app.Context) {
	if !p.step(ctx) {
		ctx.PreventUpdate() // nothing on screen changed: no render
	}
	p.wakeIn()
}

// wakeIn tells the loop when to tick next: at the end of the slide on
// screen or the fallback's next promotion, and at least every second of
// the player's clock (every wall-clock second at most), to follow the
// schedule, an override's expiry and the clock on screen.
func (p *Page) wakeIn() {
	if p.wake == nil {
		return
	}
	now := p.clock.Now()
	d := min(time.Second, p.clock.Real(time.Second))
	if !p.deck.Paused() {
		if due := p.deck.Due(p.world()); due.After(now) {
			d = min(d, p.clock.Real(due.Sub(now)))
		}
		if p.deck.Cur.Fallback && p.promos.next.After(now) {
			d = min(d, p.clock.Real(p.promos.next.Sub(now)))
		}
	}
	d = max(d, 10*time.Millisecond)
	select {
	case <-p.wake: // replace a wake the loop has not taken yet
	default:
	}
	p.wake <- d
}

// step brings the screen up to the player's clock and reports whether
// anything on it changed.
func (p *Page) step(ctx app.Context) bool {
	now := p.clock.Now()
	changed := p.preempt(now)
	if p.deck.Paused() {
		return changed
	}
	w := p.world()
	if p.state.UpdatePending && p.between(w) && p.state.ReloadIfUpdated(ctx) {
		return false
	}
	st := p.deck.Step(w)
	if st.Swapped {
		p.swapped(ctx, st.Ended)
		changed = true
	}
	if st.Prepare != nil {
		p.load(ctx, *st.Prepare)
		changed = true
	}
	changed = p.rotate(now) || changed
	if p.showsClock() {
		if t, _ := p.clockText(p.deck.Cur.Locale); t != p.drawnMinute {
			p.drawnMinute = t
			changed = true
		}
	}
	return changed
}

// between reports whether the screen is between two slides (or two of the
// fallback's promotions): the quiet moment to reload into a new version.
func (p *Page) between(w player.World) bool {
	if due := p.deck.Due(w); !due.IsZero() && !w.Now.Before(due) {
		return true
	}
	return p.deck.Cur.Fallback && !w.Now.Before(p.promos.next)
}

// load draws e in the slot beneath the one on screen and readies it.
func (p *Page) load(ctx app.Context, e player.Entry) {
	i := p.next
	if i < 0 {
		for j := range p.slots {
			if j != p.cur && j != p.leaving {
				i = j
				break
			}
		}
	}
	p.next = i
	p.slots[i] = p.slotFor(e)
	id, key := slotID(i), e.Key()
	ctx.Defer(func(app.Context) { p.prep.prepare(id, key, true) })
}

// swapped puts the readied slot on screen and fades the old one out above
// it; ended is the show that left.
func (p *Page) swapped(ctx app.Context, ended player.Show) {
	wall := time.Now()
	p.recordShow(ended, wall)
	if p.leaving >= 0 {
		p.slots[p.leaving] = slot{} // a fade cut short by a very short slide
	}
	p.prep.media(slotID(p.cur), "pause")
	p.leaving, p.cur, p.next = p.cur, p.next, -1
	if p.cur < 0 || p.slots[p.cur].entry.Key() != p.deck.Cur.Key() {
		p.cur = p.slotOf(p.deck.Cur.Key()) // cannot happen: Deck swaps only a readied entry
	}
	p.realStart, p.curErr = wall, ""
	if p.deck.Cur.Fallback {
		p.promos = rotation{}
		p.rotate(p.deck.Cur.Start)
	}
	p.playCurrent()
	leaving := p.leaving
	key := p.slots[leaving].entry.Key()
	ctx.After(p.fade()+100*time.Millisecond, func(ctx app.Context) {
		if p.leaving == leaving && p.slots[leaving].entry.Key() == key {
			p.slots[leaving], p.leaving = slot{}, -1
			return
		}
		ctx.PreventUpdate()
	})
	p.report()
}

// playCurrent starts the video on screen, if any, and bounds a video that
// plays to its end by its length.
func (p *Page) playCurrent() {
	if p.cur < 0 {
		return
	}
	p.prep.media(slotID(p.cur), "play")
	c := p.deck.Cur
	if c.Slide.Kind != content.SlideVideo || c.Slide.Seconds > 0 {
		return
	}
	// In case "ended" never comes: the video's length and a little, or ten
	// minutes when the file does not say how long it is.
	secs := p.slots[p.cur].video
	if secs <= 0 {
		secs = 600
	}
	p.deck.LimitEnd(c.Key(), c.Start.Add(time.Duration((secs+3)*float64(time.Second)*p.speed)))
}

func (p *Page) slotOf(key string) int {
	for i, s := range p.slots {
		if key != "" && s.entry.Key() == key {
			return i
		}
	}
	return -1
}

// onMedia follows what the browser says about a slide: loaded, failed,
// or (a video) ended.
func (p *Page) onMedia(ctx app.Context, key, what, detail string) {
	now := p.clock.Now()
	switch what {
	case "ready":
		if i := p.slotOf(key); i >= 0 {
			p.slots[i].video, _ = strconv.ParseFloat(detail, 64)
		}
		p.deck.Ready(key)
		if key == p.deck.Cur.Key() && !p.deck.Paused() {
			p.playCurrent() // the slide the page started with
		}
	case "failed":
		p.state.RecordError("media: " + key + ": " + detail)
		if key == p.deck.Cur.Key() {
			p.curErr = detail
			p.deck.Over(key, true, now)
		} else if e, ok := p.deck.Failed(key, now); ok {
			p.recordFailed(e, detail)
			if i := p.slotOf(key); i >= 0 && i == p.next {
				p.slots[i], p.next = slot{}, -1
			}
		}
	case "ended":
		p.deck.Over(key, false, now)
	}
	if !p.step(ctx) {
		ctx.PreventUpdate()
	}
	p.wakeIn()
}

// preempt pauses the playlist while an override or the pairing code covers
// the screen, and starts the slide on screen again when it is gone.
func (p *Page) preempt(now time.Time) bool {
	id := ""
	if o := p.state.Override(); o != nil {
		id = "override:" + o.ID
	}
	if p.state.Pairing != nil {
		id = "pairing"
	}
	changed := id != p.override
	p.override = id
	switch preempted := p.state.Preempted(); {
	case preempted && !p.deck.Paused():
		if show, ok := p.deck.Pause(now); ok && (time.Since(p.realStart) >= minPlay || p.curErr != "") {
			p.recordShow(show, time.Now())
		}
		if p.prep != nil {
			p.prep.media(slotID(p.cur), "pause")
		}
		changed = true
	case !preempted && p.deck.Paused():
		p.deck.Resume(now)
		p.realStart, p.curErr = time.Now(), ""
		if p.deck.Cur.Fallback {
			p.promos.next, p.promos.start = now.Add(PromotionEvery), p.realStart
		}
		p.playCurrent()
		changed = true
	}
	if changed {
		p.report()
	}
	return changed
}

// rotate moves the fallback to its next promotion when its time is up, or
// to the first when the one on screen is gone.
func (p *Page) rotate(now time.Time) bool {
	if !p.deck.Cur.Fallback {
		return false
	}
	promos := p.promotions(now)
	if len(promos) == 0 {
		changed := p.promos.current != ""
		p.promos.current = ""
		return changed
	}
	i := -1
	for j, pr := range promos {
		if pr.ID == p.promos.current {
			i = j
		}
	}
	if i >= 0 && now.Before(p.promos.next) {
		return false
	}
	if i >= 0 {
		p.recordPromotion(time.Now())
	}
	p.promos = rotation{current: promos[(i+1)%len(promos)].ID, next: now.Add(PromotionEvery), start: time.Now()}
	p.report()
	return true
}

// report tells the fleet view what is on screen.
func (p *Page) report() {
	showing := p.deck.Cur.Showing()
	switch o := p.state.Override(); {
	case p.state.Pairing != nil:
		showing = "pairing"
	case o != nil:
		showing = "override:" + o.ID
	case p.deck.Cur.Fallback && p.promos.current != "":
		showing = "promotion:" + p.promos.current
	}
	p.state.Report(showing, "")
}
