// Package kiosk is the shoppers' touch screen at /kiosk: an attract loop of
// live offers, then a few big choices (offers by category, price check,
// store events, help), usable with large text, high contrast, voice and
// elder mode, by touch or by keypad alone, in three languages, and wiped by
// an idle reset when the shopper walks away.
package kiosk

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/a11y"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/live"
	"storecast/app/screen"
)

// Page is the kiosk surface: one component for every kiosk screen, so
// moving between screens keeps the live feed and the idle clock running.
type Page struct {
	app.Compo
	Source screen.Source

	state screen.State
	route Route

	// The shopper's session: the idle reset clears all of it.
	search search
	call   callState
	claim  claimState
	points pointsState // My points: the member linked, and their exchange

	// Browser machinery.
	speaker a11y.Speaker
	// voice is the voice self-test's verdict for the screen's language;
	// noVoice shows "voice unavailable" outside voice mode too, after
	// "read aloud" found no voice to read with.
	voice   a11y.Verdict
	noVoice bool
	// spokenOverride is the urgent message last read aloud, so each one is
	// read once when it arrives.
	spokenOverride string
	clock          *Clock
	idle           Idle
	phase          Phase
	left           int       // seconds the warning shows
	beforeWarning  app.Value // where focus was when the warning took it
	slide          int       // attract loop: the offer on screen
	wide           bool      // landscape: decides how many tiles a page holds
	still          bool
	opened         string // URL of the screen last announced
	quiet          bool   // focus is moving by program: do not read it
	announce       string // said instead of the screen when it next opens
	andScreen      bool   // and then the screen
	keep           bool   // keep focus where it is when the screen next opens
	keepID         string // … which is on the element with this id
	scan           scanner
	stop           chan struct{}
	release        []func()
	ctx            app.Context // the page's own, from OnMount: outlives any element
}

func (p *Page) OnInit() {
	p.state.Init(content.KindKiosk)
	if app.IsClient {
		p.route = ParseRoute(app.Window().URL())
	}
}

func (p *Page) OnPreRender(ctx app.Context) {
	p.route = ParseRoute(ctx.Page().URL())
	p.state.PreRender(ctx, p.Source, i18n.T(p.route.Locale, i18n.KioskTitle))
	ctx.Page().SetTitle("%s", p.pageTitle(p.view()))
}

func (p *Page) OnNav(ctx app.Context) {
	p.state.Nav(ctx)
	p.route = ParseRoute(ctx.Page().URL())
	if p.route.Screen != Attract {
		p.slide = 0
	}
	p.noVoice = false
	p.measure()
	p.judgeVoice()
	// Modes change the idle times; a session's clock keeps running.
	p.idle.Quiet, p.idle.Warn = p.route.QuietTime(), p.route.WarnTime()
	if p.route.Screen != Price {
		// What the shopper searched for stays on the price check only.
		p.search = search{seq: p.search.seq + 1}
	}
	if p.route.Screen != Coupon {
		// A coupon stays on its own screen only: gone once the shopper leaves.
		p.claim = claimState{seq: p.claim.seq + 1}
	}
	ctx.Defer(p.onOpened)
}

func (p *Page) OnMount(ctx app.Context) {
	p.ctx = ctx
	p.state.Mount(ctx, content.KindKiosk, p.onState)
	p.clock = NewClock(func() float64 {
		r := app.Window().Get("scKioskClockRate")
		if r.Type() != app.TypeNumber {
			return 1
		}
		return r.Float()
	}, time.Now)
	p.idle = Idle{Quiet: p.route.QuietTime(), Warn: p.route.WarnTime()}
	p.idle.Touch(p.clock.Now())
	p.still = app.Window().Call("matchMedia", "(prefers-reduced-motion: reduce)").Get("matches").Bool()
	p.measure()
	p.judgeVoice()
	p.release = append(p.release,
		p.speaker.OnVoicesChanged(func() { ctx.Dispatch(func(app.Context) { p.judgeVoice() }) }),
	)
	p.listen(ctx)
	p.stop = make(chan struct{})
	stop := p.stop
	ctx.Async(func() {
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for ticks := 1; ; ticks++ {
			select {
			case <-t.C:
				ctx.Dispatch(func(ctx app.Context) { p.tick(ctx, ticks) })
			case <-stop:
				return
			}
		}
	})
}

func (p *Page) OnAppUpdate(ctx app.Context) { p.state.AppUpdated() }

func (p *Page) OnDismount() {
	close(p.stop)
	for _, f := range p.release {
		f()
	}
	p.release = nil
	p.speaker.Cancel()
	p.state.Dismount()
}

// SlideEvery is how long each offer shows in the attract loop.
const SlideEvery = 6 * time.Second

// tick runs four times a second: the idle clock, and the attract loop.
func (p *Page) tick(ctx app.Context, n int) {
	if p.route.Screen == Attract && p.route == p.route.Fresh() {
		// Nobody is here: nothing to reset, and the quiet moment to update.
		p.idle.Touch(p.clock.Now())
		if p.state.ReloadIfUpdated(ctx) {
			return
		}
		if !p.still && !p.route.Modes.Has(Elder) && n%int(SlideEvery/(250*time.Millisecond)) == 0 {
			p.slide++
			return
		}
		ctx.PreventUpdate()
		return
	}
	p.pointsTick()
	phase, left := p.idle.At(p.clock.Now())
	switch {
	case phase == PhaseExpired:
		p.reset(ctx)
	case phase == PhaseWarning && p.phase != PhaseWarning:
		p.phase, p.left = phase, Seconds(left)
		p.beforeWarning = app.Window().Get("document").Get("activeElement")
		ctx.Defer(func(ctx app.Context) {
			if !p.state.Preempted() { // under an overlay the warning waits
				p.focus("sc-more-time")
			}
			l := p.route.Locale
			p.say(ctx, sentences(l, []string{i18n.T(l, i18n.IdleTitle), i18n.N(l, i18n.IdleCountdown, p.left), i18n.T(l, i18n.IdleMore)}), false)
		})
	case phase == PhaseWarning && Seconds(left) != p.left:
		p.left = Seconds(left)
	case phase == PhaseActive && p.phase == PhaseWarning:
		p.phase = PhaseActive
	default:
		ctx.PreventUpdate()
	}
}

// touched notes that the shopper did something; it ends a warning, and
// focus goes back to where it was before the warning took it.
func (p *Page) touched(ctx app.Context) {
	if p.clock == nil {
		return
	}
	p.idle.Touch(p.clock.Now())
	if p.phase == PhaseWarning {
		p.phase = PhaseActive
		back := p.beforeWarning
		p.beforeWarning = nil
		ctx.Defer(func(app.Context) { p.refocus(back) })
		return
	}
	ctx.PreventUpdate()
}

func (p *Page) onMoreTime(ctx app.Context, e app.Event) { p.touched(ctx) }

// refocus puts focus back on el if it is still on the page, and on the
// screen's title otherwise: never on nothing.
func (p *Page) refocus(el app.Value) {
	doc := app.Window().Get("document")
	if el != nil && el.Truthy() && el.Get("isConnected").Bool() && !el.Equal(doc.Get("body")) {
		p.quiet = true
		el.Call("focus")
		p.quiet = false
		if doc.Get("activeElement").Equal(el) {
			return
		}
	}
	p.focusTitle()
}

// onOpened runs after a screen is shown: title, focus, what it says.
func (p *Page) onOpened(ctx app.Context) {
	url := p.route.URL()
	if url == p.opened {
		return
	}
	p.opened = url
	v := p.view()
	ctx.Page().SetTitle("%s", p.pageTitle(v))
	p.report(v)
	switch {
	case p.keep:
		p.keep = false
		p.focus(p.keepID)
	case v.focus != "":
		p.focus(v.focus)
	default:
		p.focusTitle()
	}
	if text := p.announce; text != "" {
		parts := []a11y.Utterance{{Text: text, Rate: a11y.NormalRate}}
		if p.andScreen {
			parts = screenParts(p.route.Locale, v)
			parts[0].Text = sentences(p.route.Locale, []string{text, parts[0].Text})
		}
		p.announce, p.andScreen = "", false
		p.sayAll(ctx, parts, false)
	} else if p.route.Modes.Has(Voice) {
		p.sayAll(ctx, screenParts(p.route.Locale, v), true)
	}
}

func (p *Page) pageTitle(v view) string {
	app := screen.BrandName(p.state.Snapshot.Brand, p.route.Locale, i18n.T(p.route.Locale, i18n.AppName))
	if v.title == "" || v.title == app {
		return app
	}
	return v.title + " – " + app
}

// onState reads a newly arrived urgent message aloud in voice mode: a
// shopper who cannot see the screen must hear it. Focus goes to the
// message while it covers the screen (everything under it is inert) and
// back to the screen's title when it ends.
func (p *Page) onState(ctx app.Context) {
	p.refresh(ctx)
	id := ""
	if o := p.state.Override(); o != nil {
		id = o.ID
		if id != p.spokenOverride {
			p.say(ctx, screen.OverrideSpeech(o, p.route.Locale), false)
			ctx.Defer(func(app.Context) { p.focus(screen.OverrideID) })
		}
	} else if p.spokenOverride != "" {
		ctx.Defer(func(app.Context) { p.focusTitle() })
	}
	p.spokenOverride = id
}

// readOverlay reads the urgent message covering the screen (H, ?).
func (p *Page) readOverlay(ctx app.Context) {
	if o := p.state.Override(); o != nil {
		p.say(ctx, screen.OverrideSpeech(o, p.route.Locale), true)
	}
}

// say reads text in voice mode; force reads it anyway (read aloud, H).
func (p *Page) say(ctx app.Context, text string, force bool) {
	p.sayAll(ctx, []a11y.Utterance{{Text: text, Rate: a11y.NormalRate}}, force)
}

// sayAll reads utterances in voice mode; force reads them anyway. Asked
// to read without a voice for the language, the screen says so instead.
func (p *Page) sayAll(ctx app.Context, parts []a11y.Utterance, force bool) {
	if !force && !p.route.Modes.Has(Voice) {
		return
	}
	if !p.speaker.SayAll(p.route.Locale, parts) && force && p.voice == a11y.VoiceNone {
		p.noVoice = true
	}
}

// readAloud reads the whole screen; from a key it adds how keys work.
func (p *Page) readAloud(ctx app.Context, withKeys bool) {
	l := p.route.Locale
	parts := screenParts(l, p.view())
	last := &parts[len(parts)-1]
	if s := p.resultsSpeech(); p.route.Screen == Price && s != "" {
		last.Text = sentences(l, []string{last.Text, s})
	}
	if withKeys {
		last.Text = sentences(l, []string{last.Text, i18n.T(l, i18n.HelpKeys)})
	}
	p.sayAll(ctx, parts, true)
}

// toggle turns a mode on or off; from the attract loop it starts a session.
func (p *Page) toggle(ctx app.Context, mode Modes) {
	r := p.route
	r.Modes = r.Modes.Toggle(mode)
	r.Page = 0
	if r.Screen == Attract {
		r = r.To(Menu)
	}
	l := p.route.Locale
	on := r.Modes&mode != 0
	switch {
	case mode == Voice && !on:
		p.speaker.Cancel()
	case mode == Voice:
		// Turned on: say so; the screen is read after it (onOpened).
		p.announce, p.andScreen = modeSay(l, i18n.T(l, i18n.ModeVoice), true), true
	default:
		p.announce = modeSay(l, modeLabel(l, mode), on)
	}
	// Focus stays on the switch pressed, or on what takes its place: the
	// bar of elder mode has "leave elder mode" instead of the four modes.
	p.keep = p.route.Screen != Attract
	switch {
	case mode == Elder && on:
		p.keepID = "sc-bar-exit"
	default:
		p.keepID = modeButtonID(mode)
	}
	ctx.Navigate(r.URL())
}

func modeLabel(l string, m Modes) string {
	switch m {
	case Large:
		return i18n.T(l, i18n.ModeLarge)
	case Contrast:
		return i18n.T(l, i18n.ModeContrast)
	case Voice:
		return i18n.T(l, i18n.ModeVoice)
	}
	return i18n.T(l, i18n.ModeElder)
}

// back goes to the screen above this one.
func (p *Page) back(ctx app.Context) {
	if p.route.Screen == Attract || p.route.Screen == Menu {
		return
	}
	ctx.Navigate(p.route.Back().URL())
}

func (p *Page) Render() app.UI {
	v := p.view()
	l := p.route.Locale
	// Under an overlay (an urgent message, the pairing code) and under
	// the idle warning the screen is inert: no focus, no clicks, nothing
	// for a screen reader, so Tab cannot reach a link nobody can see.
	covered := p.state.Preempted()
	under := covered || p.phase == PhaseWarning
	root := screen.Styled(app.Div(), brandVars(p.state.Snapshot.Brand, p.route.Modes))
	return root.Class(p.route.Modes.Classes()).DataSet("screen", string(v.name)).DataSet("voice", string(p.voice)).Lang(l).Body(
		inert(app.A().Class("sc-skip").Href("#sc-main").Text(i18n.T(l, i18n.SkipToMain)), under),
		inert(p.top(), under),
		inert(app.Main().ID("sc-main").Class("sc-main sc-screen-"+string(v.name)).
			OnClick(p.onMainClick).
			Body(append([]app.UI{app.H1().ID("sc-title").TabIndex(-1).Text(v.title)}, v.body...)...), under),
		inert(p.bar(), under),
		app.If(p.phase == PhaseWarning && !covered, p.warning),
		p.state.Overlays(),
		app.If(app.IsServer, func() app.UI { return live.BootElement(p.state.Boot) }),
	)
}

// onMainClick: in the attract loop a touch anywhere starts a session.
func (p *Page) onMainClick(ctx app.Context, e app.Event) {
	if p.route.Screen == Attract {
		ctx.Navigate(p.route.To(Menu).URL())
	}
}
