package console

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

// healthFacts is how a connected screen says it is doing: how long its
// page has run, its memory, display and power, and its last errors.
func healthFacts(l string, h *content.Health) app.UI {
	power := i18n.T(l, i18n.ConsolePowerOn)
	if h.Power == content.PowerDark {
		power = i18n.T(l, i18n.ConsolePowerDark)
	}
	return app.Div().Class("cs-health").Body(
		fact(i18n.T(l, i18n.ConsoleHealthUptime), Uptime(l, time.Duration(h.Uptime)*time.Second)),
		fact(i18n.T(l, i18n.ConsoleHealthMemory), i18n.T(l, i18n.ConsoleHealthMemoryValue, "JS", mib(h.JSHeap), "Go", mib(h.GoSys))),
		fact(i18n.T(l, i18n.ConsoleHealthDisplay), orDash(h.Display)),
		fact(i18n.T(l, i18n.ConsoleHealthPower), power),
		app.If(len(h.Errors) > 0, func() app.UI {
			return app.Div().Class("cs-fact cs-health-errors").Body(
				app.Span().Class("cs-term").Text(i18n.T(l, i18n.ConsoleHealthErrors)),
				app.Ul().Body(app.Range(h.Errors).Slice(func(i int) app.UI {
					return app.Li().Text(h.Errors[len(h.Errors)-1-i]) // newest first
				})),
			)
		}),
	)
}

// Uptime says how long a page has run: "2 d 3 h", "5 h 10 min", "12 min".
func Uptime(l string, d time.Duration) string {
	switch {
	case d >= 24*time.Hour:
		return i18n.T(l, i18n.ConsoleUptimeDays, "D", int(d/(24*time.Hour)), "H", int(d%(24*time.Hour)/time.Hour))
	case d >= time.Hour:
		return i18n.T(l, i18n.ConsoleUptimeHours, "H", int(d/time.Hour), "M", int(d%time.Hour/time.Minute))
	}
	return i18n.T(l, i18n.ConsoleUptimeMinutes, "M", int(d/time.Minute))
}

// mib is bytes in whole MiB, "–" when the screen did not say.
func mib(n int64) string {
	if n <= 0 {
		return "–"
	}
	return strconv.FormatInt((n+1<<19)>>20, 10)
}
