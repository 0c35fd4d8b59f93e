// Package signage is the player at /signage: the playlist the store's
// schedule picks, slide after slide with no blank frame between them, a
// ticker of live promotions, overrides on top, and a record of what played.
// With no playlist it rotates the live promotions, as a fresh install does.
package signage

import (
	"net/url"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/live"
	"storecast/app/player"
	"storecast/app/proof"
	"storecast/app/screen"
	"storecast/app/slide"
)

// Path is where signage lives.
const Path = "/signage"

// PromotionEvery is how long each promotion shows when no playlist plays.
const PromotionEvery = 8 * time.Second

// Fade is how long two slides cross-fade.
const Fade = 600 * time.Millisecond

// Page is the signage surface.
type Page struct {
	app.Compo
	Source screen.Source
	state  screen.State

	clock player.Clock
	test  bool    // opened with test=1: a test clock and test hooks
	speed float64 // of the clock
	deck  player.Deck
	// Three slots: the slide on screen, the next one readied beneath it,
	// and the one fading out above it. Indexes are -1 when unused.
	slots              [3]slot
	cur, next, leaving int
	origin             string // scheme://host phones are sent to by coupon QR codes
	promos             rotation
	realStart          time.Time // wall clock: when the show on screen began
	curErr             string    // the show on screen broke while playing
	override           string    // what preempts the screen now, to notice a change
	drawnMinute        string    // the clock time drawn last
	prep               *preparer
	plays              *proof.Buffer
	stopPlays          func()
	recorded           int
	wake               chan time.Duration
	stop               chan struct{}
	hooks              app.Func
	uploadEvery        time.Duration
	kept               string    // the media list last sent to the service worker
	keepFn             app.Value // storecastKeepMedia (web/signage.js)
	qrKey, qrSVG       string    // the side panel's coupon QR, and what it encodes
}

// slot is one layer of the stage and the showing drawn in it.
type slot struct {
	entry player.Entry
	qr    string  // coupon: the claim URL's QR code
	video float64 // seconds of its video, once loaded
}

// rotation is the fallback's turn through the live promotions.
type rotation struct {
	current string    // promotion on screen
	next    time.Time // player clock: when the next one comes
	start   time.Time // wall clock: when this one came
}

func (p *Page) OnInit() {
	p.state.Init(content.KindSignage)
	if app.IsClient {
		p.begin(app.Window().URL())
	}
}

func (p *Page) OnPreRender(ctx app.Context) {
	p.state.PreRender(ctx, p.Source, i18n.T(screen.LocaleOf(ctx.Page().URL()), i18n.SignageTitle))
	p.begin(ctx.Page().URL())
}

// begin sets the clock and puts the first slide on screen.
func (p *Page) begin(u *url.URL) {
	p.clock, p.speed = player.Wall{}, 1
	if c, ok := player.TestClock(u.Query(), nil); ok {
		p.clock, p.test, p.speed = c, true, c.(*player.Scaled).Speed
		if s, err := strconv.Atoi(u.Query().Get("upload")); err == nil && s > 0 {
			p.uploadEvery = time.Duration(s) * time.Second
		}
	}
	if u.Host != "" {
		p.origin = u.Scheme + "://" + u.Host
	}
	p.deck = player.Deck{Player: player.New(localeSetting(u, p.state.Locale)), CatchUp: time.Duration(float64(player.CatchUp) * p.speed)}
	p.cur, p.next, p.leaving = 0, -1, -1
	e := p.deck.Start(p.world())
	p.slots[0] = p.slotFor(e)
	p.realStart = time.Now()
	p.rotate(p.clock.Now())
}

// localeSetting is the player's language: ?lang=rotate, or the page's.
func localeSetting(u *url.URL, locale string) string {
	if u.Query().Get("lang") == player.Rotate {
		return player.Rotate
	}
	return locale
}

func (p *Page) OnNav(ctx app.Context) {
	p.state.Nav(ctx)
	p.deck.Player.Locale = localeSetting(ctx.Page().URL(), p.state.Locale)
}

func (p *Page) OnMount(ctx app.Context) {
	p.state.Reconnected = func(app.Context) { p.keepMedia(true) }
	p.state.Clock = p.clock // opening hours on the player's clock
	p.state.PowerChanged = func(ctx app.Context, dark bool) {
		p.step(ctx) // pause or resume the show now, not at the next tick
		p.wakeIn()
	}
	p.state.Mount(ctx, content.KindSignage, func(ctx app.Context) {
		p.step(ctx)
		p.wakeIn()
		p.keepMedia(false)
	})
	ctx.After(keepMediaAfter, func(app.Context) { p.keepMedia(false) })
	p.prep = newPreparer(func(key, what, detail string) {
		ctx.Dispatch(func(ctx app.Context) { p.onMedia(ctx, key, what, detail) })
	})
	every := proof.UploadEvery
	if p.uploadEvery > 0 {
		every = p.uploadEvery
	}
	p.plays, p.stopPlays = proof.Start(every)
	p.wake, p.stop = make(chan time.Duration, 1), make(chan struct{})
	wake, stop := p.wake, p.stop
	ctx.Async(func() { p.loop(ctx, wake, stop) })
	p.realStart = time.Now()
	key, id := p.slots[p.cur].entry.Key(), slotID(p.cur)
	ctx.Defer(func(app.Context) { p.prep.prepare(id, key, true) })
	if p.test {
		p.installHooks()
	}
	p.report()
}

func (p *Page) OnAppUpdate(ctx app.Context) { p.state.AppUpdated() }

func (p *Page) OnDismount() {
	close(p.stop)
	p.stopPlays()
	p.prep.release()
	if p.hooks != nil {
		app.Window().Set("scSignage", nil)
		p.hooks.Release()
	}
	p.state.Dismount()
}

// promotions are the live promotions targeted at this screen, at the
// player's clock: the fallback's rotation and the ticker show these.
func (p *Page) promotions(now time.Time) []content.Promotion {
	return p.state.Snapshot.ActivePromotions(now, p.state.Groups())
}

func (p *Page) world() player.World {
	return player.World{Snapshot: &p.state.Snapshot, Groups: p.state.Groups(), Now: p.clock.Now()}
}

// fade is the cross-fade's length: shorter on a test clock that runs fast.
func (p *Page) fade() time.Duration {
	return max(time.Duration(float64(Fade)/p.speed), 50*time.Millisecond)
}

func slotID(i int) string { return "sc-slot-" + strconv.Itoa(i) }

func (p *Page) Render() app.UI {
	l := p.state.Locale
	class := "sc-signage"
	switch p.deck.Cur.Layout {
	case content.LayoutTicker:
		class += " is-ticker"
	case content.LayoutZones:
		class += " is-zones"
	}
	ticker := p.deck.Cur.Layout == content.LayoutTicker || zoned(p.deck.Cur.Entry)
	root := screen.Styled(app.Main(), brandVars(p.state.Snapshot.Brand))
	return root.Class(class).Style("--sc-fade", strconv.FormatInt(p.fade().Milliseconds(), 10)+"ms").Body(
		app.H1().Class("sc-visually-hidden").Text(i18n.T(l, i18n.SignageTitle)),
		app.Div().Class("sc-stage").Body(p.slotView(0), p.slotView(1), p.slotView(2)),
		p.brandBadge(),
		app.If(zoned(p.deck.Cur.Entry), p.panelView),
		app.If(ticker, p.tickerView),
		p.state.Overlays(),
		app.If(app.IsServer, func() app.UI { return live.BootElement(p.state.Boot) }),
	)
}

func (p *Page) slotView(i int) app.UI {
	s := p.slots[i]
	class := "sc-slot"
	switch i {
	case p.cur:
		class += " is-current"
	case p.next:
		class += " is-next"
	case p.leaving:
		class += " is-leaving"
	}
	sec := app.Section().ID(slotID(i)).Class(class).Aria("hidden", i != p.cur)
	e := s.entry
	if e.Key() == "" {
		return sec
	}
	kind := e.Slide.Kind
	if e.Fallback {
		kind = "fallback"
	}
	sec = sec.Lang(e.Locale).DataSet("key", e.Key()).DataSet("kind", kind).
		DataSet("playlist", e.Playlist).DataSet("slide", e.Slide.ID)
	if i == p.cur {
		sec = sec.DataSet("started", p.deck.Cur.Start.UnixMilli())
	}
	return sec.Body(p.slideView(s))
}

// slideView gathers the live data a slide draws from.
func (p *Page) slideView(s slot) app.UI {
	e := s.entry
	now := p.clock.Now()
	v := slide.For(e, &p.state.Snapshot, p.state.Groups(), now, p.deck.Player.Location(p.state.Snapshot.Signage))
	v.QR = s.qr
	if e.Fallback {
		v.Promotions, v.Current = p.promotions(now), p.promos.current
	}
	return v
}

// slotFor draws e: a coupon, or a promotion drawn with its coupon, gets
// the claim URL's QR code.
func (p *Page) slotFor(e player.Entry) slot {
	s := slot{entry: e}
	if p.origin == "" {
		return s
	}
	now := p.clock.Now()
	switch e.Slide.Kind {
	case content.SlideCoupon:
		c, _ := player.Campaign(&p.state.Snapshot, e.Ref, p.state.Groups(), now)
		s.qr = p.claimQR(c, e.Locale)
	case content.SlidePromotion:
		pr, _ := player.Promotion(&p.state.Snapshot, e.Ref, p.state.Groups(), now)
		if tpl, c := slide.PromotionTemplate(e, pr, &p.state.Snapshot, p.state.Groups(), now); tpl == content.TemplateCoupon {
			s.qr = p.claimQR(c, e.Locale)
		}
	}
	return s
}

// claimQR is the QR code of the URL a phone claims c's coupon at.
func (p *Page) claimQR(c content.Campaign, locale string) string {
	if p.origin == "" || c.ID == "" {
		return ""
	}
	claim := p.origin + "/claim/" + url.PathEscape(c.ID) + "?lang=" + url.QueryEscape(locale)
	return qrSVG(claim, i18n.T(locale, i18n.SignageCouponQRAlt, "Title", c.Title.In(locale)))
}
