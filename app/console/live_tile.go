package console

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/player"
	"storecast/app/rest"
	"storecast/app/screen"
	"storecast/app/slide"
)

// liveTile is one screen on the live wall: what it reports it shows,
// drawn by the components the screen draws it with (app/slide,
// screen.OverrideView) from the state it plays (snap), in the shape of
// its display. A kiosk's screens are named, not drawn.
func liveTile(l string, s rest.FleetScreen, snap *content.Snapshot, now time.Time, showing string) app.UI {
	st := s.Status
	state := "live"
	switch {
	case !s.Online:
		state = "offline"
	case st.Health != nil && st.Health.Power == content.PowerDark:
		state = "dark"
	}
	return app.Li().Class("cs-live-tile is-"+state).DataSet("id", s.ID).Body(
		app.Div().Class("cs-live-frame").Style("aspect-ratio", aspect(st.Health)).
			DataSet("showing", st.Showing).DataSet("state", state).Body(
			liveFrame(l, s, snap, now, state, showing),
		),
		app.P().Class("cs-live-name").Body(
			app.Strong().Text(s.Name),
			app.Span().Class("cs-meta").Text(" · "+showing),
		),
	)
}

// aspect is the display's shape, 16:9 until the screen says.
func aspect(h *content.Health) string {
	if h != nil {
		if w, ht, ok := strings.Cut(h.Display, "x"); ok {
			if _, err := strconv.Atoi(w); err == nil {
				return w + " / " + ht
			}
		}
	}
	return "16 / 9"
}

func liveFrame(l string, s rest.FleetScreen, snap *content.Snapshot, now time.Time, state, showing string) app.UI {
	st := s.Status
	switch state {
	case "offline":
		return app.P().Class("cs-live-note").Text(i18n.T(l, i18n.ConsoleLiveOffline))
	case "dark":
		return app.P().Class("cs-live-note").Text(i18n.T(l, i18n.ConsoleLiveDark))
	}
	locale := st.Locale
	if locale == "" {
		locale = content.DefaultLocale
	}
	kind, ref, _ := strings.Cut(st.Showing, ":")
	switch {
	case snap == nil:
		return app.P().Class("cs-live-note").Text(showing)
	case s.Kind == content.KindKiosk:
		return app.P().Class("cs-live-note").Text(i18n.T(l, i18n.ConsoleLiveKiosk, "Screen", showing))
	case kind == "override":
		for i := range snap.Overrides {
			if o := &snap.Overrides[i]; o.ID == ref {
				return screen.OverrideView(o, locale)
			}
		}
	case kind == "slide":
		list, id, _ := strings.Cut(ref, "/")
		if pl, ok := snap.Signage.Playlist(list); ok {
			if e, ok := player.EntryFor(pl, id, locale); ok {
				return liveSlot(slide.For(e, snap, s.Groups, now, snap.Signage.Location()))
			}
		}
	case kind == "promotion":
		if p, ok := player.Promotion(snap, ref, s.Groups, now); ok {
			v := &slide.View{Entry: player.Entry{Fallback: true, Locale: locale}, Promotions: []content.Promotion{p}, Current: p.ID}
			return liveSlot(v)
		}
	}
	return app.P().Class("cs-live-note").Text(showing)
}

// liveSlot is a slot of the signage stage, which sizes what is inside it.
func liveSlot(v *slide.View) app.UI {
	return app.Div().Class("sc-slot is-current").Lang(v.Entry.Locale).Body(v)
}
