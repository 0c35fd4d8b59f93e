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

// staffCallFresh is how long a call stays on the banner unless dismissed.
const staffCallFresh = 10 * time.Minute

// openCalls are the calls to show now: unanswered, recent, not dismissed,
// oldest first so the one waiting longest is read first.
func openCalls(calls []content.StaffCall, dismissed map[string]bool, now time.Time) []content.StaffCall {
	var out []content.StaffCall
	for i := len(calls) - 1; i >= 0; i-- { // the server lists newest first
		c := calls[i]
		if c.Answered != nil || dismissed[c.ID] || now.Sub(c.CreatedAt) > staffCallFresh {
			continue
		}
		out = append(out, c)
	}
	return out
}

// placeOf names where a call came from: the kiosk's name, else its address.
func placeOf(c content.StaffCall) string {
	if c.Place != "" {
		return c.Place
	}
	return c.Source
}

// StaffCalls is the live alert when a kiosk calls staff: it asks every few
// seconds while the console is open, for every role.
type StaffCalls struct {
	app.Compo
	API    *client.Client
	Locale string

	calls     []content.StaffCall
	dismissed map[string]bool
	stop      chan struct{}
}

func (b *StaffCalls) OnMount(ctx app.Context) {
	b.dismissed = map[string]bool{}
	b.stop = make(chan struct{})
	stop := b.stop
	ctx.Async(func() {
		t := time.NewTicker(staffCallPoll)
		defer t.Stop()
		for {
			cs, err := b.API.StaffCalls(ctx)
			if err == nil {
				ctx.Dispatch(func(app.Context) { b.calls = cs })
			}
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

func (b *StaffCalls) OnDismount() {
	if b.stop != nil {
		close(b.stop)
		b.stop = nil
	}
}

func (b *StaffCalls) Render() app.UI {
	l := b.Locale
	open := openCalls(b.calls, b.dismissed, time.Now())
	return app.Div().Class("cs-calls").Attr("role", "alert").Aria("label", i18n.T(l, i18n.ConsoleStaffCallsLabel)).Body(
		app.Range(open).Slice(func(i int) app.UI {
			c := open[i]
			place := placeOf(c)
			return app.Div().Class("cs-call").DataSet("id", c.ID).Body(
				app.P().Class("cs-call-text").Body(
					app.Span().Class("cs-call-icon").Aria("hidden", "true").Text("🔔"),
					app.Strong().Text(i18n.T(l, i18n.ConsoleStaffCall, "Place", place)),
					app.Span().Class("cs-call-time").Text(" · "+i18n.T(l, i18n.ConsoleStaffCallAt, "Time", clock(c.CreatedAt))),
				),
				button("", i18n.T(l, i18n.ConsoleStaffCallDismiss), false, func(ctx app.Context, e app.Event) {
					b.dismissed[c.ID] = true
					// Taken: the call's alert stops. Dismissed here
					// whatever the answer; the next poll shows the truth.
					ctx.Async(func() { _ = b.API.AnswerStaffCall(ctx, c.ID) })
				}).Class("cs-btn cs-call-dismiss").Aria("label", i18n.T(l, i18n.ConsoleStaffCallDismissNamed, "Place", place)),
			)
		}),
	)
}
