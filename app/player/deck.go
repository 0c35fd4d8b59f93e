package player

import (
	"time"

	"storecast/app/content"
)

// Show is an entry on screen: when it began and when it ends, on the
// player's clock. A zero End means "when its media ends" (a video played
// to its end).
type Show struct {
	Entry
	Start time.Time
	End   time.Time
}

// World is what the deck decides from at one moment.
type World struct {
	Snapshot *content.Snapshot
	Groups   []string
	Now      time.Time
}

// Step is what the page must do after Deck.Step.
type Step struct {
	// Prepare: draw this entry behind the one on screen, load it, and call
	// Ready or Failed with its key.
	Prepare *Entry
	// Swapped: the readied entry went on screen; Ended is the show it
	// replaced (for proof of play), with End set to when it left.
	Swapped bool
	Ended   Show
}

// CatchUp is how late a change may come and still count as on time: the
// next show starts at its due time, a little shorter, rather than pushing
// every later slide back.
const CatchUp = 250 * time.Millisecond

// Deck is one screen's playback: the show on screen and the entry readied
// behind it, so a change never waits for loading and never shows a blank.
// The page draws and loads; the deck decides. Every method runs on the
// page's one goroutine.
type Deck struct {
	Player *Player
	// CatchUp overrides the package's CatchUp, in the deck's clock: a test
	// clock running N times as fast allows N times as much.
	CatchUp time.Duration
	Cur     Show
	Next    Entry // being readied; zero when none
	ready   bool  // Next is drawn and loaded
	over    bool  // Cur must leave as soon as Next is ready (its media ended or failed)
	paused  bool
	begun   bool
}

func (d *Deck) catchUp() time.Duration {
	if d.CatchUp > 0 {
		return d.CatchUp
	}
	return CatchUp
}

// Start puts the first entry on screen at now, without readying: it is
// what the page was drawn with.
func (d *Deck) Start(w World) Entry {
	e := d.Player.Next(Cursor{}, w.Snapshot, w.Groups, w.Now)
	d.show(e, w.Now)
	return e
}

func (d *Deck) show(e Entry, now time.Time) {
	d.Cur = Show{Entry: e, Start: now}
	if dur := e.Duration(); dur > 0 && !e.Fallback {
		d.Cur.End = now.Add(dur)
	}
	d.Player.Begin(e)
	d.Next, d.ready, d.over, d.begun = Entry{}, false, false, true
}

// Due returns when the show on screen should leave: its end, the next
// minute if the schedule switches then, or now if it can no longer play
// (its promotion ended, its campaign sold out, the schedule changed
// under it). Zero: not before its media ends.
func (d *Deck) Due(w World) time.Time {
	if d.over {
		return w.Now
	}
	c := d.Cur
	if c.Fallback {
		if !d.Player.Next(Cursor{}, w.Snapshot, w.Groups, w.Now).Fallback {
			return w.Now // something can play again
		}
		if sw, ok := d.Player.SwitchAt(w.Snapshot, w.Groups, w.Now); ok {
			return sw
		}
		return time.Time{}
	}
	if pl, ok := d.Player.PlaylistAt(w.Snapshot, w.Groups, w.Now); !ok || pl.ID != c.Playlist ||
		!d.Player.Playable(c.Entry, w.Snapshot, w.Groups, w.Now) {
		return w.Now
	}
	due := c.End
	if sw, ok := d.Player.SwitchAt(w.Snapshot, w.Groups, w.Now); ok && (due.IsZero() || sw.Before(due)) {
		due = sw
	}
	return due
}

// Step decides what happens at w.Now: what to ready next, and whether the
// readied entry goes on screen.
func (d *Deck) Step(w World) Step {
	var st Step
	if d.paused || !d.begun {
		return st
	}
	due := d.Due(w)
	at := w.Now
	if !due.IsZero() && due.After(at) {
		at = due
	}
	want := d.Player.Next(d.Cur.Cursor, w.Snapshot, w.Groups, at)
	if d.Cur.Fallback && want.Fallback {
		d.Next, d.ready = Entry{}, false // nothing better to ready
		return st
	}
	if !d.Next.Same(want) || d.Next.Key() == "" {
		d.Next, d.ready = want, false
		st.Prepare = &want
		return st
	}
	if d.ready && !due.IsZero() && !w.Now.Before(due) {
		// A change a moment late (a busy browser fires timers late) still
		// starts at its time, so the slides keep to the schedule.
		start := w.Now
		if w.Now.Sub(due) <= d.catchUp() {
			start = due
		}
		st.Swapped, st.Ended = true, d.Cur
		st.Ended.End = start
		d.show(d.Next, start)
		// Ready the one after at once: it has the whole show to load.
		if next := d.Step(w); next.Prepare != nil {
			st.Prepare = next.Prepare
		}
	}
	return st
}

// Ready records that the entry with key is drawn and loaded.
func (d *Deck) Ready(key string) {
	if d.Next.Key() == key && key != "" {
		d.ready = true
	}
}

// Failed records that the readied entry with key could not load; it is
// skipped for a while and something else is readied at the next Step. It
// returns the entry, for proof of play.
func (d *Deck) Failed(key string, now time.Time) (Entry, bool) {
	if d.Next.Key() != key || key == "" {
		return Entry{}, false
	}
	e := d.Next
	d.Player.Fail(e, now)
	d.Next, d.ready = Entry{}, false
	return e, true
}

// Over records that the show on screen ended on its own (its video ended)
// or broke (its media failed while playing): it leaves as soon as the next
// entry is ready.
func (d *Deck) Over(key string, failed bool, now time.Time) {
	if d.Cur.Key() != key {
		return
	}
	if failed {
		d.Player.Fail(d.Cur.Entry, now)
	}
	d.over = true
}

// LimitEnd sets an end on a show that plays until its media ends, in case
// the media never says it ended.
func (d *Deck) LimitEnd(key string, end time.Time) {
	if d.Cur.Key() == key && d.Cur.End.IsZero() && !d.Cur.Fallback {
		d.Cur.End = end
	}
}

// Pause stops the show (an override covers the screen) and returns it as
// it played so far.
func (d *Deck) Pause(now time.Time) (Show, bool) {
	if d.paused || !d.begun {
		return Show{}, false
	}
	d.paused = true
	s := d.Cur
	s.End = now
	return s, true
}

// Resume starts the show on screen again from its beginning.
func (d *Deck) Resume(now time.Time) {
	if !d.paused {
		return
	}
	d.paused = false
	d.Cur.Start = now
	d.Cur.End = time.Time{}
	if dur := d.Cur.Duration(); dur > 0 && !d.Cur.Fallback {
		d.Cur.End = now.Add(dur)
	}
}

// Paused reports whether an override holds the deck.
func (d *Deck) Paused() bool { return d.paused }
