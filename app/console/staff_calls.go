package console

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/console/client"
	"storecast/app/content"
	"storecast/app/i18n"
)

// staffCallPoll is how often the console asks for calls for staff.
const staffCallPoll = 3 * time.Second

// staffCallFresh is how long an untaken call stays on the banner: a call
// older than that was handled without the console.
const staffCallFresh = 10 * time.Minute

// staffCallTakenShown is how long "taken by …" stays on every console, so
// a second member of staff on the way turns back.
const staffCallTakenShown = 3 * time.Minute

// bannerCalls splits the calls to show now, both oldest first so the one
// waiting longest is read first: open (nobody took it, recent) and taken
// (someone took it a moment ago).
func bannerCalls(calls []content.StaffCall, now time.Time) (open, taken []content.StaffCall) {
	for i := len(calls) - 1; i >= 0; i-- { // the server lists newest first
		c := calls[i]
		switch {
		case c.Answered == nil && now.Sub(c.CreatedAt) <= staffCallFresh:
			open = append(open, c)
		case c.Answered != nil && now.Sub(*c.Answered) <= staffCallTakenShown:
			taken = append(taken, c)
		}
	}
	return open, taken
}

// placeOf names where a call came from: the kiosk's name, else its address.
func placeOf(c content.StaffCall) string {
	if c.Place != "" {
		return c.Place
	}
	return c.Source
}

// takerOf names who took a call; a call taken before the console recorded
// names has none.
func takerOf(c content.StaffCall) string {
	if c.AnsweredBy != "" {
		return c.AnsweredBy
	}
	return "—"
}

// StaffCalls is the live alert when a kiosk calls staff, on every console
// page for every role: it asks every few seconds, shows the count of open
// calls and who took each, and chimes and notifies when a new one arrives.
type StaffCalls struct {
	app.Compo
	API    *client.Client
	Locale string

	calls  []content.StaffCall
	seen   map[string]bool // calls already alerted (or there at load)
	primed bool            // the first answer came: later calls are new
	perm   string          // the browser's notification permission
	stop   chan struct{}
}

func (b *StaffCalls) OnMount(ctx app.Context) {
	b.seen = map[string]bool{}
	b.perm = notifyPermission()
	b.stop = make(chan struct{})
	stop := b.stop
	ctx.Async(func() {
		t := time.NewTicker(staffCallPoll)
		defer t.Stop()
		for {
			b.poll(ctx)
			select {
			case <-stop:
				return
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	})
}

// poll fetches the calls and alerts staff to those not seen before.
func (b *StaffCalls) poll(ctx app.Context) {
	cs, err := b.API.StaffCalls(ctx)
	if err != nil {
		return
	}
	ctx.Dispatch(func(app.Context) {
		b.calls = cs
		open, _ := bannerCalls(cs, time.Now())
		for _, c := range open {
			if b.seen[c.ID] {
				continue
			}
			b.seen[c.ID] = true
			// Calls already waiting when the console opened show on the
			// banner; only calls that arrive later ring.
			if b.primed {
				b.alert(c)
			}
		}
		b.primed = true
	})
}

func (b *StaffCalls) alert(c content.StaffCall) {
	chime()
	notify(i18n.T(b.Locale, i18n.ConsoleStaffCallNotified), i18n.T(b.Locale, i18n.ConsoleStaffCall, "Place", placeOf(c)), c.ID)
}

func (b *StaffCalls) OnDismount() {
	if b.stop != nil {
		close(b.stop)
		b.stop = nil
	}
}

// take answers a call for the signed-in member of staff and asks again at
// once, so every line shows who took it without waiting for the poll.
func (b *StaffCalls) take(ctx app.Context, id string) {
	ctx.Async(func() {
		_ = b.API.AnswerStaffCall(ctx, id) // taken by someone else first: the poll shows who
		b.poll(ctx)
	})
}

func (b *StaffCalls) Render() app.UI {
	l := b.Locale
	open, taken := bannerCalls(b.calls, time.Now())
	// One live region: a new call, the count and "taken by" are read out
	// as they change. The count is text, not a colour.
	return app.Section().Class("cs-calls").DataSet("open", len(open)).Aria("live", "assertive").Aria("label", i18n.T(l, i18n.ConsoleStaffCallsLabel)).Body(
		app.If(len(open) > 0, func() app.UI {
			return app.P().Class("cs-calls-count").Body(
				app.Span().Class("cs-call-icon").Aria("hidden", "true").Text("🔔"),
				app.Strong().Text(i18n.N(l, i18n.ConsoleStaffCallsOpenN, len(open))),
			)
		}),
		app.Range(open).Slice(func(i int) app.UI { return b.openLine(open[i]) }),
		app.Range(taken).Slice(func(i int) app.UI {
			c := taken[i]
			return app.P().Class("cs-call cs-call-taken").DataSet("id", c.ID).Text(
				i18n.T(l, i18n.ConsoleStaffCallTakenBy, "Place", placeOf(c), "Name", takerOf(c)))
		}),
		app.If(len(open) > 0 && b.perm == "default", func() app.UI {
			return button("", i18n.T(l, i18n.ConsoleStaffCallNotify), false, func(ctx app.Context, e app.Event) {
				askNotify(func(p string) { ctx.Dispatch(func(app.Context) { b.perm = p }) })
			}).Class("cs-btn cs-call-notify")
		}),
	)
}

func (b *StaffCalls) openLine(c content.StaffCall) app.UI {
	l := b.Locale
	place := placeOf(c)
	return app.Div().Class("cs-call").DataSet("id", c.ID).Body(
		app.P().Class("cs-call-text").Body(
			app.Strong().Text(i18n.T(l, i18n.ConsoleStaffCall, "Place", place)),
			app.Span().Class("cs-call-time").Text(" · "+i18n.T(l, i18n.ConsoleStaffCallAt, "Time", clock(c.CreatedAt))),
		),
		button("", i18n.T(l, i18n.ConsoleStaffCallDismiss), false, func(ctx app.Context, e app.Event) {
			b.take(ctx, c.ID)
		}).Class("cs-btn cs-call-take").Aria("label", i18n.T(l, i18n.ConsoleStaffCallDismissNamed, "Place", place)),
	)
}
