package fleet

import (
	"context"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/server/store"
)

// ScreenView is one paired screen with its live connection, if any.
type ScreenView struct {
	store.Screen
	Online bool
	Since  *time.Time
	Status content.Status
}

// View is the whole fleet now. Waiting screens are counted, never listed
// with their codes: pairing needs someone standing at the screen.
type View struct {
	Screens   []ScreenView
	Anonymous int // connected without pairing
	Waiting   int // showing a pairing code
}

// View merges the paired screens with the live connections.
func (f *Fleet) View(ctx context.Context) (View, error) {
	screens, err := f.store.Screens(ctx)
	if err != nil {
		return View{}, err
	}
	v := View{Screens: make([]ScreenView, 0, len(screens))}
	byID := make(map[string]int, len(screens))
	for i, sc := range screens {
		byID[sc.ID] = i
		v.Screens = append(v.Screens, ScreenView{Screen: sc})
	}
	for _, c := range f.Hub.Connections() {
		switch i, ok := byID[c.Screen.ID]; {
		case ok:
			sv := &v.Screens[i]
			since := c.Since
			sv.Online, sv.Since, sv.Status = true, &since, c.Status
			if c.App != "" {
				sv.AppVersion = c.App
			}
		case strings.HasPrefix(c.Screen.ID, "pairing:"):
			v.Waiting++
		case c.Screen.ID == "":
			v.Anonymous++
		}
	}
	return v, nil
}
