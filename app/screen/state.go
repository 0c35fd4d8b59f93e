package screen

import (
	"context"
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/health"
	"storecast/app/live"
)

// Source gives the server-side render the current state and the stream
// position it was taken at. The server provides it (as a plain func: it
// imports no browser package); in the browser it is nil.
type Source func(ctx context.Context) (content.Checkpoint, error)

// State is a live page's shared state. Pages embed it by value and call its
// hooks from their own OnInit/OnPreRender/OnMount/OnDismount.
type State struct {
	Locale       string
	Snapshot     content.Snapshot
	Boot         live.Saved
	Status       live.Status
	OfflineSince time.Time
	// UpdatePending: a new app version is fully downloaded and waiting;
	// the page reloads into it at its next quiet moment.
	UpdatePending bool
	// Reconnected, when set, runs each time the feed is current again
	// after a drop: the moment to retry what needed the network.
	Reconnected func(app.Context)
	wasLive     bool
	// Device is who this screen is once paired; Pairing the code it shows
	// while it waits to be paired.
	Device  *content.ScreenInfo
	Pairing *content.Pairing
	// EnrolError says why the enrolment link this page was opened with
	// was refused (content.EnrolRefused, EnrolThrottled), until the
	// screen is paired.
	EnrolError string
	Identify   string // the name flashed by the console's "identify"
	// Clock is the screen's time for its opening hours (nil: the wall
	// clock); pages with a test clock set it before Mount.
	Clock Clock
	// Dark: outside its opening hours (content.Power) the screen is
	// black and nothing on it moves. PowerChanged, when set, runs after
	// it went dark or woke.
	Dark         bool
	PowerChanged func(ctx app.Context, dark bool)
	session      *live.Session
	stopChecks   chan struct{}
	health       *health.Monitor
	zone         zoneCache
	showing      string // what the page last reported, resent with its health
	mode         string
	voice        string
}

// UpdateCheckEvery is how often a running screen asks for a new version,
// besides every time it reconnects (a restarted server may be a new build).
const UpdateCheckEvery = 30 * time.Minute

// LocaleOf returns the locale asked for by ?lang=, or the store's default.
func LocaleOf(u *url.URL) string {
	if l := u.Query().Get("lang"); content.KnownLocale(l) {
		return l
	}
	return content.DefaultLocale
}

// Init runs in the browser before the first render, while the server's
// rendered page is still in the DOM: it starts from that state so nothing
// on screen blinks.
// It also says the feed's hello (live.Greet), so the server's answer is
// on its way while the page renders.
func (s *State) Init(kind string) {
	if !app.IsClient {
		return
	}
	s.Locale = LocaleOf(app.Window().URL())
	s.Boot = live.Boot()
	live.Greet(kind, s.Boot)
	s.Snapshot = s.Boot.Snapshot
	s.Status = live.StatusConnecting
}

// PreRender runs on the server: it reads the current state from src.
func (s *State) PreRender(ctx app.Context, src Source, title string) {
	s.Locale = LocaleOf(ctx.Page().URL())
	ctx.Page().SetLang(s.Locale)
	ctx.Page().SetTitle("%s", title)
	if src == nil {
		return
	}
	cp, err := src(ctx)
	if err != nil {
		app.Log("screen: prerender:", err)
		return
	}
	s.Boot, s.Snapshot = live.Saved{Checkpoint: cp}, cp.Snapshot
}

// Nav follows a change of ?lang= without reloading.
func (s *State) Nav(ctx app.Context) {
	s.Locale = LocaleOf(ctx.Page().URL())
	if app.IsClient {
		app.Window().Get("document").Get("documentElement").Set("lang", s.Locale)
	}
}

// Mount starts the live feed; changed runs after every new state.
func (s *State) Mount(ctx app.Context, kind string, changed func(app.Context)) {
	s.session = live.Start(ctx, kind, s.Boot, live.Hooks{
		State: func(ctx app.Context, snap content.Snapshot) {
			s.Snapshot = snap
			s.checkPower(ctx)
			if changed != nil {
				changed(ctx)
			}
		},
		Status: func(ctx app.Context, st live.Status) {
			if st == live.StatusOffline && s.Status != live.StatusOffline {
				s.OfflineSince = time.Now()
			}
			if st == live.StatusLive {
				if s.wasLive {
					app.TryUpdate()
					if s.Reconnected != nil {
						s.Reconnected(ctx)
					}
				}
				s.wasLive = true
			}
			s.Status = st
		},
		Control: s.control,
	})
	s.health = health.Start()
	s.checkPower(ctx)
	s.stopChecks = make(chan struct{})
	stop := s.stopChecks
	every := s.powerEvery()
	ctx.Async(func() {
		update := time.NewTicker(UpdateCheckEvery)
		defer update.Stop()
		report := time.NewTicker(health.Every)
		defer report.Stop()
		power := time.NewTicker(every)
		defer power.Stop()
		for {
			select {
			case <-update.C:
				app.TryUpdate()
			case <-report.C:
				ctx.Dispatch(s.checkHealth)
			case <-power.C:
				ctx.Dispatch(func(ctx app.Context) {
					if !s.checkPower(ctx) {
						ctx.PreventUpdate()
					}
				})
			case <-stop:
				return
			}
		}
	})
}

// Dismount stops the live feed.
func (s *State) Dismount() {
	s.session.Stop()
	s.session = nil
	if s.health != nil {
		s.health.Stop()
	}
	if s.stopChecks != nil {
		close(s.stopChecks)
		s.stopChecks = nil
	}
}

// AppUpdated records that a new version is ready (go-app calls the page's
// OnAppUpdate once its service worker has every file of it).
func (s *State) AppUpdated() { s.UpdatePending = true }

// ReloadIfUpdated reloads into a waiting new version. Pages call it at a
// quiet moment: between slides, or when nobody has touched a kiosk.
func (s *State) ReloadIfUpdated(ctx app.Context) bool {
	if !s.UpdatePending {
		return false
	}
	ctx.Reload()
	return true
}

// Promotions returns what the page should show now, in display order: only
// the promotions targeted at this screen's groups. Until the live feed's
// welcome says who the screen is (and always while it is unpaired) that is
// only the promotions for every screen.
func (s *State) Promotions() []content.Promotion {
	return s.Snapshot.ActivePromotions(time.Now(), s.Groups())
}
