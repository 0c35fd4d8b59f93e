package console

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/console/form"
	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// PollEvery is how often the fleet view asks for the screens while open.
const PollEvery = 2500 * time.Millisecond

// FleetView is the dashboard: every paired screen, live, with its
// commands; admins also pair, rename and revoke screens here, and make
// enrolment links for new ones.
type FleetView struct {
	app.Compo
	API    *client.Client
	Locale string
	Role   string

	fleet     rest.Fleet
	loaded    bool
	titles    map[string]content.Text     // promotion id → title, for "showing"
	playlists map[string]content.Playlist // by id, for a signage screen's "showing"
	now       time.Time
	state     *content.Snapshot // what screens play, for the live wall
	problem   form.Problem
	pairing   bool // the pairing form is open
	enrol     bool // the enrolment link form is open
	power     bool // the opening hours form is open
	stop      chan struct{}
	poke      chan struct{} // ask now, not at the next tick
}

func (f *FleetView) OnMount(ctx app.Context) {
	f.stop, f.poke = make(chan struct{}), make(chan struct{}, 1)
	stop, poke := f.stop, f.poke
	ctx.Async(func() {
		if ps, err := f.API.Promotions(ctx); err == nil {
			titles := make(map[string]content.Text, len(ps))
			for _, p := range ps {
				titles[p.ID] = p.Title
			}
			ctx.Dispatch(func(app.Context) { f.titles = titles })
		}
		if sg, err := f.API.Signage(ctx); err == nil {
			playlists := make(map[string]content.Playlist, len(sg.Playlists))
			for _, p := range sg.Playlists {
				playlists[p.ID] = p
			}
			ctx.Dispatch(func(app.Context) { f.playlists = playlists })
		}
		t := time.NewTicker(PollEvery)
		defer t.Stop()
		var stateAt time.Time
		for {
			if !app.Window().Get("document").Get("hidden").Bool() {
				if time.Since(stateAt) >= StateEvery {
					if snap, err := f.API.ScreenState(ctx); err == nil {
						stateAt = time.Now()
						ctx.Dispatch(func(app.Context) { f.state = &snap })
					}
				}
				fl, err := f.API.Fleet(ctx)
				ctx.Dispatch(func(app.Context) { f.update(fl, err) })
			}
			select {
			case <-t.C:
			case <-poke:
			case <-stop:
				return
			}
		}
	})
}

// OnDismount stops the polling: nothing runs for a view nobody sees.
func (f *FleetView) OnDismount() { close(f.stop) }

func (f *FleetView) update(fl rest.Fleet, err error) {
	f.now = time.Now()
	if err != nil {
		f.problem = ProblemsOf(err)[""]
		return
	}
	// Revoked screens stay in the store for the audit trail; the fleet is
	// the screens that may show content.
	screens := fl.Screens[:0]
	for _, s := range fl.Screens {
		if s.RevokedAt == nil {
			screens = append(screens, s)
		}
	}
	fl.Screens = screens
	f.fleet, f.loaded, f.problem = fl, true, form.Problem{}
}

// powerSaved shows saved opening hours on the live wall at once, not at
// its next read of the state.
func (f *FleetView) powerSaved(ctx app.Context, p content.Power) {
	if f.state != nil {
		snap := *f.state
		snap.Power = &p
		f.state = &snap
	}
}

// refresh asks for the fleet at once, after a change.
func (f *FleetView) refresh(ctx app.Context) {
	select {
	case f.poke <- struct{}{}:
	default:
	}
}

func (f *FleetView) Render() app.UI {
	l := f.Locale
	admin := can(f.Role, "screens")
	online := 0
	showing := make(map[string]string, len(f.fleet.Screens))
	for _, s := range f.fleet.Screens {
		if s.Online {
			online++
		}
		showing[s.ID] = Showing(l, s.Status.Showing, f.titles, f.playlists)
	}
	return app.Section().Class("cs-view").Body(
		viewTitle(i18n.T(l, i18n.ConsoleNavScreens)),
		// Always there, empty or not, so the forms below keep their place:
		// go-app matches children by position, and one that moved is
		// mounted again, losing what was typed into it.
		formErr(f.problem.In(l)),
		app.If(f.loaded, func() app.UI {
			return app.P().Class("cs-summary").Text(i18n.T(l, i18n.ConsoleFleetSummary,
				"Online", online, "Total", len(f.fleet.Screens), "Waiting", f.fleet.Waiting, "Anonymous", f.fleet.Anonymous))
		}).Else(func() app.UI {
			return app.P().Class("cs-summary").Text(i18n.T(l, i18n.ConsoleLoading))
		}),
		app.If(admin, func() app.UI {
			label := i18n.T(l, i18n.ConsolePairTitle)
			if f.fleet.Waiting > 0 {
				label += " · " + i18n.T(l, i18n.ConsoleWaitingShort, "N", f.fleet.Waiting)
			}
			return app.Div().Class("cs-actions cs-top-actions").Body(
				button("primary", label, false, func(ctx app.Context, e app.Event) {
					f.pairing = !f.pairing
					if f.pairing {
						focusField(ctx, pairForm, "code")
					}
				}).ID("pair-open").Aria("expanded", strconv.FormatBool(f.pairing)).Aria("controls", "pair-panel"),
				button("", i18n.T(l, i18n.ConsoleEnrolTitle), false, func(ctx app.Context, e app.Event) {
					f.enrol = !f.enrol
					if f.enrol {
						focusField(ctx, enrolForm, "name")
					}
				}).ID("enrol-open").Aria("expanded", strconv.FormatBool(f.enrol)).Aria("controls", "enrol-panel"),
				button("", i18n.T(l, i18n.ConsolePwEdit), false, func(ctx app.Context, e app.Event) {
					f.power = !f.power
				}).ID("power-open").Aria("expanded", strconv.FormatBool(f.power)).Aria("controls", "power-panel"),
			)
		}),
		app.If(admin && f.pairing, func() app.UI {
			return &PairForm{API: f.API, Locale: l, Waiting: f.fleet.Waiting, OnPaired: f.refresh}
		}),
		app.If(admin && f.enrol, func() app.UI {
			return &EnrolForm{API: f.API, Locale: l}
		}),
		app.If(admin && f.power, func() app.UI {
			return &PowerForm{API: f.API, Locale: l, OnSaved: f.powerSaved}
		}),
		app.If(f.loaded && len(f.fleet.Screens) == 0, func() app.UI {
			return app.P().Class("cs-empty").Text(i18n.T(l, i18n.ConsoleNoScreens))
		}),
		app.If(len(f.fleet.Screens) > 0, func() app.UI {
			return &LiveWall{Locale: l, Screens: f.fleet.Screens, State: f.state, Now: f.now, Showing: showing}
		}),
		app.Ul().Class("cs-cards").Body(app.Range(f.fleet.Screens).Slice(func(i int) app.UI {
			s := f.fleet.Screens[i]
			return app.Li().Body(&ScreenCard{
				API: f.API, Locale: l, Screen: s, Admin: admin, Now: f.now,
				Showing: showing[s.ID], OnChanged: f.refresh,
			})
		})),
	)
}
