package console

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// StateEvery is how often the live wall reads the state screens play
// again: what a screen shows is in its status, polled with the fleet;
// the content it shows changes less often.
const StateEvery = 10 * time.Second

// LiveWall is every screen of the store at once, each drawn as it reports
// it is now (liveTile).
type LiveWall struct {
	app.Compo
	Locale  string
	Screens []rest.FleetScreen
	State   *content.Snapshot
	Now     time.Time
	// Showing names what each screen shows, by screen id.
	Showing map[string]string
}

// OnUpdate fits each slide's text to its tile as the screen fits it to
// its display (storecastPrepare in web/signage.js, which only fits when
// not asked to wait for media).
func (w *LiveWall) OnUpdate(ctx app.Context) { ctx.Defer(fitTiles) }
func (w *LiveWall) OnMount(ctx app.Context)  { ctx.Defer(fitTiles) }

func fitTiles(app.Context) {
	prepare := app.Window().Get("storecastPrepare")
	if !prepare.Truthy() {
		return
	}
	slots := app.Window().Get("document").Call("querySelectorAll", ".cs-live-frame .sc-slot")
	for i := range slots.Length() {
		prepare.Invoke(slots.Index(i), 0, "", nil, false)
	}
}

func (w *LiveWall) Render() app.UI {
	l := w.Locale
	return app.Section().Class("cs-panel cs-live-wall").Aria("labelledby", "cs-live-title").Body(
		app.H2().ID("cs-live-title").Class("cs-card-title").Text(i18n.T(l, i18n.ConsoleLiveWall)),
		app.P().Class("cs-meta").Text(i18n.T(l, i18n.ConsoleLiveWallHint)),
		app.If(w.State != nil, func() app.UI { return powerHours(l, w.State.Power) }),
		app.Ul().Class("cs-live-tiles").Body(app.Range(w.Screens).Slice(func(i int) app.UI {
			s := w.Screens[i]
			return liveTile(l, s, w.State, w.Now, w.Showing[s.ID])
		})),
	)
}
