package console

import (
	"slices"
	"strings"

	"storecast/app/content"
	"storecast/app/i18n"
)

// Showing says what a screen shows now, from its status report:
// promotions by their title (titles: id → title in every locale), signage
// slides by their playlist's name and place (playlists: by id).
func Showing(locale, showing string, titles map[string]content.Text, playlists map[string]content.Playlist) string {
	kind, id, _ := strings.Cut(showing, ":")
	switch kind {
	case "":
		return i18n.T(locale, i18n.ConsoleShowingNothing)
	case "pairing":
		return i18n.T(locale, i18n.ConsoleShowingPairing)
	case "override":
		return i18n.T(locale, i18n.ConsoleShowingOverride)
	case "promotion":
		if t := titles[id].In(locale); t != "" {
			return i18n.T(locale, i18n.ConsoleShowingPromotion, "Title", t)
		}
	case "slide":
		list, slide, _ := strings.Cut(id, "/")
		if pl, ok := playlists[list]; ok {
			if i := slices.IndexFunc(pl.Slides, func(s content.Slide) bool { return s.ID == slide }); i >= 0 {
				return i18n.T(locale, i18n.ConsoleShowingSlide, "Playlist", pl.Name, "N", i+1, "Total", len(pl.Slides))
			}
		}
	}
	if msg, ok := kioskScreens[showing]; ok {
		return i18n.T(locale, msg)
	}
	return showing
}

// kioskScreens names what a kiosk reports it shows (app/kiosk's Screen).
var kioskScreens = map[string]string{
	"attract": i18n.ConsoleKioskAttract,
	"menu":    i18n.ConsoleKioskMenu,
	"offers":  i18n.ConsoleKioskOffers,
	"offer":   i18n.ConsoleKioskOffer,
	"price":   i18n.ConsoleKioskPrice,
	"events":  i18n.ConsoleKioskEvents,
	"help":    i18n.ConsoleKioskHelp,
}

// Modes names a kiosk's accessibility modes ("large.voice", as a kiosk
// reports them; commas are taken too).
func Modes(locale, modes string) string {
	if strings.TrimSpace(modes) == "" {
		return i18n.T(locale, i18n.ConsoleModeNone)
	}
	var out []string
	for _, m := range strings.FieldsFunc(modes, func(r rune) bool { return r == '.' || r == ',' }) {
		m = strings.TrimSpace(m)
		if id, ok := modeIDs[m]; ok {
			m = i18n.T(locale, id)
		}
		if m != "" {
			out = append(out, m)
		}
	}
	return strings.Join(out, i18n.T(locale, i18n.ConsoleListSep))
}

var modeIDs = map[string]string{
	"large":    i18n.ConsoleModeLarge,
	"contrast": i18n.ConsoleModeContrast,
	"voice":    i18n.ConsoleModeVoice,
	"elder":    i18n.ConsoleModeElder,
}
