package screen

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/live"
)

// Badge is the small status line of a live page: empty while live, "offline
// since HH:MM" while the server is unreachable. role=status makes screen
// readers announce the change without moving focus.
func (s *State) Badge() app.UI {
	var text string
	switch {
	case !app.IsClient:
	case s.Status == live.StatusOffline:
		text = i18n.T(s.Locale, i18n.StatusOffline, "Time", s.OfflineSince.Format("15:04"))
	case s.Status == live.StatusConnecting:
		text = i18n.T(s.Locale, i18n.StatusConnecting)
	}
	return app.P().
		Class("sc-status").
		Attr("role", "status").
		Text(text)
}
