package content

import (
	"fmt"
	"slices"
	"time"
)

// Signage is what signage screens play: every playlist and schedule of the
// store, and the store's settings they need to evaluate schedules on their
// own clock, offline too.
type Signage struct {
	Store     StoreInfo  `json:"store"`
	Playlists []Playlist `json:"playlists"`
	Schedules []Schedule `json:"schedules"`
}

// StoreInfo is the store-wide signage settings.
type StoreInfo struct {
	TimeZone        string `json:"time_zone"`                  // e.g. Asia/Shanghai
	ZoneData        []byte `json:"zone_data,omitempty"`        // the zone's TZif rules: browsers' wasm has no zone database
	DefaultPlaylist string `json:"default_playlist,omitempty"` // plays when no schedule is active
	// Reload is when screens reload to give back leaked memory
	// (serve's --screen-reload-above and --screen-quiet-hours).
	Reload ReloadPolicy `json:"reload,omitzero"`
}

// Signage events.
const (
	OpPlaylistUpsert = "playlist.upsert"
	OpPlaylistDelete = "playlist.delete"
	OpScheduleUpsert = "schedule.upsert"
	OpScheduleDelete = "schedule.delete"
	OpStoreUpdate    = "store.update"
)

func (s *Snapshot) applySignage(e Event) (handled bool, err error) {
	if s.Signage == nil {
		s.Signage = &Signage{}
	}
	g := s.Signage
	switch e.Op {
	case OpPlaylistUpsert:
		if e.Playlist == nil || e.Playlist.ID == "" {
			return true, fmt.Errorf("content: %s without a playlist", e.Op)
		}
		g.Playlists = slices.DeleteFunc(g.Playlists, func(p Playlist) bool { return p.ID == e.Playlist.ID })
		g.Playlists = append(g.Playlists, *e.Playlist)
	case OpPlaylistDelete:
		g.Playlists = slices.DeleteFunc(g.Playlists, func(p Playlist) bool { return p.ID == e.ID })
	case OpScheduleUpsert:
		if e.Schedule == nil || e.Schedule.ID == "" {
			return true, fmt.Errorf("content: %s without a schedule", e.Op)
		}
		g.Schedules = slices.DeleteFunc(g.Schedules, func(x Schedule) bool { return x.ID == e.Schedule.ID })
		g.Schedules = append(g.Schedules, *e.Schedule)
	case OpScheduleDelete:
		g.Schedules = slices.DeleteFunc(g.Schedules, func(x Schedule) bool { return x.ID == e.ID })
	case OpStoreUpdate:
		if e.Store == nil {
			return true, fmt.Errorf("content: %s without settings", e.Op)
		}
		g.Store = *e.Store
	default:
		return false, nil
	}
	return true, nil
}

// Location returns the store's time zone, falling back to the screen's own
// when the rules are missing or broken.
func (g *Signage) Location() *time.Location {
	if g == nil {
		return time.Local
	}
	return g.Store.Location()
}

// Location returns the store's time zone, falling back to the device's own
// when the rules are missing or broken.
func (s StoreInfo) Location() *time.Location {
	if s.TimeZone == "" {
		return time.Local
	}
	if len(s.ZoneData) > 0 {
		if loc, err := time.LoadLocationFromTZData(s.TimeZone, s.ZoneData); err == nil {
			return loc
		}
	}
	if loc, err := time.LoadLocation(s.TimeZone); err == nil {
		return loc
	}
	return time.Local
}

// Playlist returns the playlist with id.
func (g *Signage) Playlist(id string) (Playlist, bool) {
	if g == nil {
		return Playlist{}, false
	}
	i := slices.IndexFunc(g.Playlists, func(p Playlist) bool { return p.ID == id })
	if i < 0 {
		return Playlist{}, false
	}
	return g.Playlists[i], true
}

// PlaylistAt returns what a screen in groups plays at now.
func (g *Signage) PlaylistAt(now time.Time, groups []string) (Playlist, bool) {
	if g == nil {
		return Playlist{}, false
	}
	return g.Playlist(PlaylistAt(g.Schedules, now, g.Location(), groups, g.Store.DefaultPlaylist))
}
