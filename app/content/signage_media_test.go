package content

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestMediaFor(t *testing.T) {
	m := func(c byte, ext string) string { return MediaPrefix + strings.Repeat(string(c), 64) + "." + ext }
	video, morning, sale, entrance, old, promo := m('a', "webm"), m('b', "png"), m('c', "mp4"), m('d', "jpg"), m('e', "gif"), m('f', "webp")
	entrancePromo := m('8', "png")
	slides := func(urls ...string) []Slide {
		var out []Slide
		for i, u := range urls {
			kind := SlideImage
			if strings.HasSuffix(u, ".webm") || strings.HasSuffix(u, ".mp4") {
				kind = SlideVideo
			}
			out = append(out, Slide{ID: string(rune('a' + i)), Kind: kind, Media: u, Seconds: 5})
		}
		return out
	}
	snap := Snapshot{
		Promotions: []Promotion{{ID: "p1", Image: promo}, {ID: "p2"}, {ID: "p3", Image: "https://elsewhere.example/x.png"}, {ID: "p4", Image: entrancePromo, Groups: []string{"entrance"}}},
		Signage: &Signage{
			Store: StoreInfo{TimeZone: "UTC", DefaultPlaylist: "default"},
			Playlists: []Playlist{
				{ID: "default", Slides: append(slides(video, morning), Slide{ID: "t", Kind: SlideText})},
				{ID: "morning", Slides: slides(morning, video)},
				{ID: "sale", Slides: slides(sale)},
				{ID: "entrance", Slides: slides(entrance)},
				{ID: "old", Slides: slides(old)},
				{ID: "unscheduled", Slides: slides(m('9', "png"))},
			},
			Schedules: []Schedule{
				{ID: "1", Playlist: "morning", Start: "07:00", End: "10:00"},
				{ID: "2", Playlist: "sale", Start: "18:00", End: "20:00", FromDate: "2026-12-01"},
				{ID: "3", Playlist: "entrance", Start: "00:00", End: "00:00", Groups: []string{"entrance"}},
				{ID: "4", Playlist: "old", Start: "00:00", End: "00:00", ToDate: "2026-11-26"},
			},
		},
	}
	at := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		now    time.Time
		groups []string
		want   []string
	}{
		{"morning, anywhere", at, nil, []string{morning, video, promo, sale}},
		{"evening, at the entrance", at.Add(10 * time.Hour), []string{"entrance"}, []string{entrance, promo, entrancePromo, video, morning, sale}},
		{"while the old schedule still ran", at.AddDate(0, 0, -2).Add(4 * time.Hour), nil, []string{old, promo, video, morning, sale}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := snap.MediaFor(tt.now, tt.groups); !slices.Equal(got, tt.want) {
				t.Errorf("MediaFor = %v; want %v", got, tt.want)
			}
		})
	}
	if got := (&Snapshot{Promotions: []Promotion{{Image: promo}}}).MediaFor(at, nil); !slices.Equal(got, []string{promo}) {
		t.Errorf("without signage: MediaFor = %v; want the promotion's picture", got)
	}
}
