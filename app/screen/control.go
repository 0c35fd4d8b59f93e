package screen

import (
	"encoding/json"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// IdentifyFor is how long "identify" flashes the screen's name.
const IdentifyFor = 10 * time.Second

// control handles what the server says about this screen itself.
func (s *State) control(ctx app.Context, env content.Envelope) {
	switch env.Type {
	case content.TypeWelcome:
		var w content.Welcome
		if json.Unmarshal(env.Data, &w) != nil {
			return
		}
		s.Device, s.Pairing = w.Screen, w.Pairing
		switch {
		case w.EnrolError != "":
			s.EnrolError = w.EnrolError
		case w.Screen != nil:
			s.EnrolError = ""
		}
		s.checkPower(ctx) // its groups may have hours of their own
	case content.TypeEnrolled:
		s.Pairing, s.EnrolError = nil, ""
	case content.TypeCommand:
		var c content.Command
		if json.Unmarshal(env.Data, &c) != nil {
			return
		}
		switch c.Name {
		case content.CommandReload:
			ctx.Reload()
		case content.CommandIdentify:
			s.Identify = c.Text
			ctx.After(IdentifyFor, func(app.Context) { s.Identify = "" })
		}
	}
}

// Groups are the groups this screen belongs to (none when unpaired).
func (s *State) Groups() []string {
	if s.Device == nil {
		return nil
	}
	return s.Device.Groups
}

// Override returns the override this screen must show now, if any.
func (s *State) Override() *content.Override {
	return s.Snapshot.ActiveOverride(time.Now(), s.Groups())
}

// Report tells the console's fleet view what the screen shows now, with
// its health.
func (s *State) Report(showing, mode string) {
	s.ReportStatus(content.Status{Showing: showing, Mode: mode})
}

// ReportStatus is Report with every field of the status; the locale is
// the screen's own, and the health is added as it is now.
func (s *State) ReportStatus(st content.Status) {
	s.showing, s.mode, s.voice = st.Showing, st.Mode, st.Voice
	s.sendStatus()
}
