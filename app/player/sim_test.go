package player

import (
	"fmt"
	"testing"
	"time"
	_ "time/tzdata" // the store's zone, also in the browser's wasm test run

	"storecast/app/content"
)

// sim drives a Deck as the page does, with a page that draws and loads
// every entry at once, except media listed in broken.
type sim struct {
	t      *testing.T
	d      *Deck
	w      World
	broken map[string]bool
	shows  []Show  // every show that ended, in order
	failed []Entry // every entry that failed to load
}

func newSim(t *testing.T, snap *content.Snapshot, start time.Time, locale string) *sim {
	return newSimIn(t, snap, start, locale, nil)
}

// newSimIn is newSim for a screen in groups.
func newSimIn(t *testing.T, snap *content.Snapshot, start time.Time, locale string, groups []string) *sim {
	s := &sim{t: t, d: &Deck{Player: New(locale)}, w: World{Snapshot: snap, Groups: groups, Now: start}, broken: map[string]bool{}}
	s.d.Start(s.w)
	s.step()
	return s
}

func (s *sim) step() {
	for range 1000 {
		st := s.d.Step(s.w)
		if st.Swapped {
			s.shows = append(s.shows, st.Ended)
		}
		if st.Prepare == nil {
			return
		}
		if e := *st.Prepare; s.broken[e.Slide.Media] {
			if _, ok := s.d.Failed(e.Key(), s.w.Now); ok {
				s.failed = append(s.failed, e)
			}
		} else {
			s.d.Ready(e.Key())
		}
	}
	s.t.Fatal("the deck never settled")
}

// run steps the clock by tick until end.
func (s *sim) run(end time.Time, tick time.Duration) {
	for s.w.Now.Before(end) {
		s.w.Now = s.w.Now.Add(tick)
		s.step()
	}
}

// played lists the slides that ended, as "playlist/slide@mm:ss+seconds".
func (s *sim) played(loc *time.Location) []string {
	var out []string
	for _, sh := range s.shows {
		name := "fallback"
		if !sh.Fallback {
			name = sh.Playlist + "/" + sh.Slide.ID
		}
		out = append(out, fmt.Sprintf("%s@%s+%gs", name, sh.Start.In(loc).Format("15:04:05"), sh.End.Sub(sh.Start).Seconds()))
	}
	return out
}

var shanghai = time.FixedZone("CST", 8*3600)

func at(t *testing.T, hhmmss string) time.Time {
	t.Helper()
	tm, err := time.ParseInLocation("2006-01-02 15:04:05", "2026-11-27 "+hhmmss, shanghai)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

// snapshot is a store with promotions p1 and p2, a live campaign c1 and a
// sold-out c2, and the playlists given, the first of them the default.
func snapshot(playlists ...content.Playlist) *content.Snapshot {
	snap := &content.Snapshot{
		Promotions: []content.Promotion{
			{ID: "p1", Title: content.Text{"en": "Milk"}, Price: 990},
			{ID: "p2", Title: content.Text{"en": "Tea"}, Price: 1590},
		},
		Campaigns: []content.Campaign{
			{ID: "c1", Title: content.Text{"en": "10 off"}, Quantity: 10, Status: content.CampaignLive},
			{ID: "c2", Title: content.Text{"en": "Gone"}, Quantity: 10, Claimed: 10, Status: content.CampaignLive},
		},
		Signage: &content.Signage{Store: content.StoreInfo{TimeZone: "Asia/Shanghai"}, Playlists: playlists},
	}
	if len(playlists) > 0 {
		snap.Signage.Store.DefaultPlaylist = playlists[0].ID
	}
	return snap
}

func image(id, media string, seconds int) content.Slide {
	return content.Slide{ID: id, Kind: content.SlideImage, Media: media, Seconds: seconds}
}

func text(id, en string, seconds int) content.Slide {
	return content.Slide{ID: id, Kind: content.SlideText, Text: content.Text{"en": en}, Seconds: seconds}
}
