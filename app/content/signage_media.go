package content

import "time"

// MediaFor lists, without repeats, the pictures and videos a signage
// screen in groups may show from now on, for its service worker to keep
// for offline play: the playlist on at now first, then every promotion's
// picture (the fallback, promotion slides and the ticker show them), then
// the default playlist and every other playlist a schedule may still put
// on such a screen. Schedules count whenever they run, since an offline
// screen switches playlists by itself; those whose last date has passed
// do not.
func (s *Snapshot) MediaFor(now time.Time, groups []string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(u string) {
		if ValidMediaURL(u) && !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	addPlaylist := func(p Playlist) {
		for _, sl := range p.Slides {
			if sl.Kind == SlideImage || sl.Kind == SlideVideo {
				add(sl.Media)
			}
		}
	}
	g := s.Signage
	if p, ok := g.PlaylistAt(now, groups); ok {
		addPlaylist(p)
	}
	for _, p := range s.Promotions {
		if p.Targets(groups) { // another group's offer never shows here
			add(p.Image)
		}
	}
	if g == nil {
		return out
	}
	if p, ok := g.Playlist(g.Store.DefaultPlaylist); ok {
		addPlaylist(p)
	}
	today := now.In(g.Location()).Format(time.DateOnly)
	for _, sc := range g.Schedules {
		if !sc.Targets(groups) || sc.ToDate != "" && sc.ToDate < today {
			continue
		}
		if p, ok := g.Playlist(sc.Playlist); ok {
			addPlaylist(p)
		}
	}
	return out
}
