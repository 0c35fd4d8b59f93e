package kiosk

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/a11y"
)

// focusable is what arrow keys move between: every control, and the items
// of a list a keypad user reads one by one (data-nav).
const focusable = `a[href]:not(.sc-skip), button:not([disabled]), input:not([disabled]), [data-nav]`

// listen installs the page-wide handlers: any touch or key stops speech
// and counts as activity; keys move focus, go back, and read the screen.
// They listen on the window, so keys work wherever focus is.
func (p *Page) listen(ctx app.Context) {
	win := app.Window()
	on := func(event string, capture bool, fn func(e app.Value)) {
		f := app.FuncOf(func(this app.Value, args []app.Value) any { fn(args[0]); return nil })
		win.Call("addEventListener", event, f, capture)
		p.release = append(p.release, func() {
			win.Call("removeEventListener", event, f, capture)
			f.Release()
		})
	}
	on("pointerdown", true, func(e app.Value) {
		p.speaker.Cancel()
		ctx.Dispatch(p.touched)
	})
	// A touch gives the page the right to speak at its pointerup (a
	// mouse's at its pointerdown): what the browser refused to say before
	// it is said now.
	on("pointerup", true, func(e app.Value) { p.speaker.Retry() })
	on("keydown", true, func(e app.Value) { p.onKey(ctx, e) })
	// A kiosk turned on its side lays its tiles out again.
	on("resize", false, func(e app.Value) {
		ctx.Dispatch(func(ctx app.Context) {
			if !p.measure() {
				ctx.PreventUpdate()
			}
		})
	})
	on("focusin", false, func(e app.Value) {
		if p.quiet || !p.route.Modes.Has(Voice) {
			return
		}
		target := e.Get("target")
		if text := labelOf(target); text != "" {
			rate := a11y.NormalRate
			if r := target.Call("getAttribute", "data-rate"); r.Truthy() && r.String() == "slow" {
				rate = a11y.SlowRate // a code to note down
			}
			p.speaker.Say(p.route.Locale, text, rate)
		}
	})
}

// keyAction is what a key does on the kiosk, apart from moving focus.
type keyAction int

const (
	keyNone  keyAction = iota
	keyBack            // Escape anywhere; Backspace outside a text field
	keyRead            // H or ?: read the screen and the keys again
	keyVoice           // V: voice on or off
	keyStart           // any key in the attract loop
)

// actionFor decides what a key does; pure, so it is tested on its own.
func actionFor(key string, inText bool, screen Screen) keyAction {
	if screen == Attract {
		switch key {
		case "Tab", "Shift", "Control", "Alt", "Meta", "h", "H", "?", "v", "V":
		default:
			return keyStart
		}
	}
	switch key {
	case "Escape":
		return keyBack
	case "Backspace":
		if !inText {
			return keyBack
		}
	case "h", "H", "?":
		if !inText {
			return keyRead
		}
	case "v", "V":
		if !inText {
			return keyVoice
		}
	}
	return keyNone
}

func (p *Page) onKey(ctx app.Context, e app.Value) {
	p.speaker.Cancel()
	p.speaker.Retry() // a key gives the page the right to speak
	key := e.Get("key").String()
	if e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() {
		return
	}
	active := app.Window().Get("document").Get("activeElement")
	tag := ""
	if active.Truthy() {
		tag = active.Get("tagName").String()
	}
	inText := tag == "INPUT" || tag == "TEXTAREA"
	switch {
	case p.state.Preempted():
		// An urgent message or the pairing code covers the screen, and
		// what is under it is inert: no key reaches it. H reads it again.
		e.Call("preventDefault")
		if act := actionFor(key, false, Menu); act == keyRead {
			ctx.Dispatch(p.readOverlay)
		}
		return
	case p.phase == PhaseWarning:
		// Any key answers "are you still there?": the session goes on
		// where it was, and focus goes back there.
		e.Call("preventDefault")
		ctx.Dispatch(p.touched)
		return
	case key == "Tab" && p.route.Screen != Attract:
		if p.wrapTab(e.Get("shiftKey").Bool()) {
			e.Call("preventDefault")
		}
		ctx.Dispatch(p.touched)
		return
	}
	if code, ok := p.scan.key(key, time.Now()); ok && !inText {
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) { p.scanned(ctx, code) })
		return
	}
	if m := a11y.MoveFor(key, inText); m != a11y.MoveNone && p.route.Screen != Attract {
		e.Call("preventDefault")
		p.moveFocus(m)
		ctx.Dispatch(p.touched)
		return
	}
	act := actionFor(key, inText, p.route.Screen)
	if act != keyNone {
		e.Call("preventDefault")
	}
	ctx.Dispatch(func(ctx app.Context) {
		p.touched(ctx)
		switch act {
		case keyBack:
			p.back(ctx)
		case keyRead:
			p.readAloud(ctx, true)
		case keyVoice:
			p.toggle(ctx, Voice)
		case keyStart:
			ctx.Navigate(p.route.To(Menu).URL())
		}
	})
}

// focusItems are the screen's items a key moves between, in document
// order: shown, and not under an overlay (inert). While the idle warning
// shows, only its own.
func focusItems() []app.Value {
	doc := app.Window().Get("document")
	scope := doc.Call("querySelector", "#sc-idle")
	if !scope.Truthy() {
		scope = doc.Call("querySelector", ".sc-kiosk")
	}
	if !scope.Truthy() {
		return nil
	}
	nodes := scope.Call("querySelectorAll", focusable)
	var items []app.Value
	for i := 0; i < nodes.Length(); i++ {
		el := nodes.Index(i)
		if el.Call("getClientRects").Length() > 0 && !el.Call("closest", "[inert]").Truthy() {
			items = append(items, el)
		}
	}
	return items
}

// wrapTab makes Tab go round: from the last item to the first, and
// Shift+Tab from the first to the last, as the arrows do. Past the last
// item the browser would otherwise move focus out of the page, which on
// a kiosk is nowhere: a dead stop on the page itself. It reports whether
// it moved focus (in between, Tab does what it always does).
func (p *Page) wrapTab(back bool) bool {
	items := focusItems()
	if len(items) == 0 {
		return false
	}
	active := app.Window().Get("document").Get("activeElement")
	first, last := items[0], items[len(items)-1]
	switch {
	case !back && active.Equal(last):
		first.Call("focus")
	case back && active.Equal(first):
		last.Call("focus")
	default:
		return false
	}
	return true
}

// moveFocus moves focus among the screen's items as a keypad expects.
// While the idle warning shows, focus stays in it.
func (p *Page) moveFocus(m a11y.Move) {
	items := focusItems()
	active := app.Window().Get("document").Get("activeElement")
	cur, after := -1, len(items)
	for i, el := range items {
		if el.Equal(active) {
			cur = i
		}
		// Node.DOCUMENT_POSITION_FOLLOWING = 4
		if after == len(items) && active.Truthy() && active.Call("compareDocumentPosition", el).Int()&4 != 0 {
			after = i
		}
	}
	if next := a11y.NextFocus(m, cur, after, len(items)); next >= 0 {
		items[next].Call("focus")
	}
}

// labelOf is what is read when an element gets focus.
func labelOf(el app.Value) string {
	if !el.Truthy() {
		return ""
	}
	for _, attr := range []string{"data-say", "aria-label"} {
		if v := el.Call("getAttribute", attr); v.Truthy() && v.String() != "" {
			return v.String()
		}
	}
	return strings.Join(strings.Fields(el.Get("innerText").String()), " ")
}

// focus moves focus to the element with id without reading it out: the
// screen's own speech says what it is.
func (p *Page) focus(id string) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		if id != "sc-title" {
			p.focusTitle() // never leave focus on nothing
		}
		return
	}
	p.quiet = true
	el.Call("focus", map[string]any{"preventScroll": false})
	p.quiet = false
}

func (p *Page) focusTitle() { p.focus("sc-title") }

// scanner tells a barcode scanner from typing: scanners "type" the digits
// within a few milliseconds of each other and end with Enter.
type scanner struct {
	digits []byte
	last   time.Time
}

// ScanGap is the longest pause between two keys of one scan.
const ScanGap = 60 * time.Millisecond

// key feeds one key; it returns a whole scanned code at its Enter.
func (s *scanner) key(key string, now time.Time) (string, bool) {
	fast := !s.last.IsZero() && now.Sub(s.last) <= ScanGap
	s.last = now
	switch {
	case len(key) == 1 && key[0] >= '0' && key[0] <= '9':
		if !fast {
			s.digits = s.digits[:0]
		}
		s.digits = append(s.digits, key[0])
	case key == "Enter" && fast && len(s.digits) >= 8:
		code := string(s.digits)
		s.digits = s.digits[:0]
		return code, true
	default:
		s.digits = s.digits[:0]
	}
	return "", false
}

// scanned shows the price of a scanned product, from any screen.
func (p *Page) scanned(ctx app.Context, code string) {
	p.touched(ctx)
	if p.route.Screen != Price {
		ctx.Navigate(p.route.To(Price).URL())
	}
	p.runSearch(ctx, code)
}
