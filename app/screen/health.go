package screen

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// sendStatus sends what the screen last reported showing, with its health
// now, and returns that health.
func (s *State) sendStatus() content.Health {
	st := content.Status{Showing: s.showing, Mode: s.mode, Voice: s.voice, Locale: s.Locale}
	if s.health == nil {
		s.session.Report(st)
		return content.Health{}
	}
	power := content.PowerOn
	if s.Dark {
		power = content.PowerDark
	}
	h := s.health.Sample(power)
	st.Health = &h
	s.session.Report(st)
	return h
}

// RecordError keeps an error for the fleet view (a video that would not
// play, media that would not load).
func (s *State) RecordError(msg string) {
	if s.health != nil {
		s.health.Record(msg)
	}
}

// checkHealth sends the screen's health, and reloads the page when the
// store's policy says its memory has grown too far and nobody is looking
// (content.ReloadPolicy). It changes nothing on screen.
func (s *State) checkHealth(ctx app.Context) {
	ctx.PreventUpdate()
	if s.health == nil {
		return
	}
	h := s.sendStatus()
	if s.Snapshot.Signage == nil {
		return
	}
	if s.Snapshot.Signage.Store.Reload.Due(s.now(), s.location(), h, s.Dark) {
		app.Log("screen: memory", h.Memory(), "bytes is over the store's bound: reloading")
		ctx.Reload()
	}
}
