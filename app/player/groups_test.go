package player

import (
	"slices"
	"testing"
	"time"

	"storecast/app/content"
)

// A promotion slide plays only on the screens its promotion is for; on any
// other screen it is skipped like a sold-out coupon's, never drawn empty.
func TestDeckSkipsPromotionsForOtherGroups(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{
		{ID: "milk", Kind: content.SlidePromotion, Promotion: "p1", Seconds: 4},
		{ID: "forA", Kind: content.SlidePromotion, Promotion: "pa", Seconds: 4},
		{ID: "forB", Kind: content.SlidePromotion, Promotion: "pb", Seconds: 4},
	}}
	tests := []struct {
		name   string
		groups []string
		want   []string
	}{
		{"unpaired", nil, []string{"a/milk@10:00:00+4s", "a/milk@10:00:04+4s", "a/milk@10:00:08+4s"}},
		{"group A", []string{"A"}, []string{"a/milk@10:00:00+4s", "a/forA@10:00:04+4s", "a/milk@10:00:08+4s"}},
		{"groups B and C", []string{"C", "B"}, []string{"a/milk@10:00:00+4s", "a/forB@10:00:04+4s", "a/milk@10:00:08+4s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			snap := snapshot(pl)
			snap.Promotions = append(snap.Promotions,
				content.Promotion{ID: "pa", Title: content.Text{"en": "For A"}, Price: 100, Groups: []string{"A"}},
				content.Promotion{ID: "pb", Title: content.Text{"en": "For B"}, Price: 100, Groups: []string{"B"}})
			s := newSimIn(t, snap, at(t, "10:00:00"), content.LocaleEn, tt.groups)
			s.run(at(t, "10:00:13"), 250*time.Millisecond)
			if got := s.played(shanghai); !slices.Equal(got, tt.want) {
				t.Fatalf("played %q;\nwant %q", got, tt.want)
			}
		})
	}
}

// A playlist of nothing but other groups' promotions leaves the screen on
// the fallback, and a promotion moved to another group while on screen
// leaves at once.
func TestDeckPromotionRetargeted(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{
		{ID: "forA", Kind: content.SlidePromotion, Promotion: "pa", Seconds: 10},
	}}
	snap := snapshot(pl)
	snap.Promotions = append(snap.Promotions, content.Promotion{ID: "pa", Title: content.Text{"en": "For A"}, Price: 100, Groups: []string{"A"}})

	d := &Deck{Player: New(content.LocaleEn)}
	if e := d.Start(World{Snapshot: snap, Groups: []string{"B"}, Now: at(t, "10:00:00")}); !e.Fallback {
		t.Fatalf("a group B screen starts with %q; want the fallback", e.Key())
	}

	s := newSimIn(t, snap, at(t, "10:00:00"), content.LocaleEn, []string{"A"})
	s.run(at(t, "10:00:03"), 100*time.Millisecond)
	snap.Promotions[2].Groups = []string{"B"}
	s.run(at(t, "10:00:04"), 100*time.Millisecond)
	if got := s.played(shanghai); !slices.Equal(got, []string{"a/forA@10:00:00+3.1s"}) {
		t.Fatalf("played %q; want forA to leave as soon as it was moved to group B", got)
	}
	if !s.d.Cur.Fallback {
		t.Fatalf("the deck shows %q; want the fallback", s.d.Cur.Key())
	}
}

func TestPromotionForGroups(t *testing.T) {
	now := at(t, "10:00:00")
	snap := snapshot()
	snap.Promotions = append(snap.Promotions, content.Promotion{ID: "pa", Price: 100, Groups: []string{"A"}})
	for _, tc := range []struct {
		id     string
		groups []string
		ok     bool
	}{
		{"p1", nil, true}, {"p1", []string{"B"}, true},
		{"pa", []string{"A"}, true}, {"pa", []string{"B"}, false}, {"pa", nil, false},
		{"nope", []string{"A"}, false},
	} {
		if _, ok := Promotion(snap, tc.id, tc.groups, now); ok != tc.ok {
			t.Errorf("Promotion(%q, groups %q) ok = %v; want %v", tc.id, tc.groups, ok, tc.ok)
		}
	}
}
