package player

import (
	"net/url"
	"slices"
	"testing"
	"time"

	"storecast/app/content"
)

func TestOrder(t *testing.T) {
	slides := make([]content.Slide, 7)
	pl := content.Playlist{ID: "p", Slides: slides}
	if got := Order(pl, 3); !slices.Equal(got, []int{0, 1, 2, 3, 4, 5, 6}) {
		t.Fatalf("Order(in order) = %v; want as written", got)
	}
	pl.Shuffle = true
	differ := false
	prev := Order(pl, 0)
	for pass := range 50 {
		got := Order(pl, pass)
		if !slices.Equal(got, Order(pl, pass)) {
			t.Fatalf("pass %d: two orders for one pass", pass)
		}
		sorted := slices.Sorted(slices.Values(got))
		if !slices.Equal(sorted, []int{0, 1, 2, 3, 4, 5, 6}) {
			t.Fatalf("pass %d: %v is not every slide once", pass, got)
		}
		if pass > 0 {
			if got[0] == prev[len(prev)-1] {
				t.Fatalf("pass %d starts with %d, the slide pass %d ended on", pass, got[0], pass-1)
			}
			differ = differ || !slices.Equal(got, prev)
		}
		prev = got
	}
	if !differ {
		t.Fatal("every shuffled pass has the same order")
	}
}

func TestTestClock(t *testing.T) {
	wall := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	now := wall
	tick := func() time.Time { return now }
	q := func(s string) url.Values {
		v, err := url.ParseQuery(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, bad := range []string{
		"clock=2026-11-27T11:29:55%2B08:00&speed=10", // no test flag: production ignores it
		"test=1&clock=yesterday",
		"test=1&speed=0",
		"test=1&speed=100000",
	} {
		if _, ok := TestClock(q(bad), tick); ok {
			t.Errorf("TestClock(%s) accepted; want refused", bad)
		}
	}
	c, ok := TestClock(q("test=1&clock=2026-11-27T11:29:55%2B08:00&speed=10"), tick)
	if !ok {
		t.Fatal("TestClock refused a good test clock")
	}
	start := time.Date(2026, 11, 27, 3, 29, 55, 0, time.UTC)
	if !c.Now().Equal(start) {
		t.Fatalf("Now = %v; want %v", c.Now(), start)
	}
	now = now.Add(500 * time.Millisecond)
	if got := c.Now(); !got.Equal(start.Add(5 * time.Second)) {
		t.Fatalf("half a second later Now = %v; want 5 s on", got)
	}
	if got := c.Real(10 * time.Second); got != time.Second {
		t.Fatalf("Real(10s) = %v; want 1s", got)
	}
	if w := (Wall{}); w.Real(time.Second) != time.Second {
		t.Fatal("the wall clock runs at another speed")
	}
}

// What the fleet view is told (docs/api.md lists every value).
func TestShowing(t *testing.T) {
	slide := Entry{Cursor: Cursor{Playlist: "9f2c", Pass: 3, Pos: 1}, Slide: content.Slide{ID: "intro", Kind: content.SlideText}}
	if got := slide.Showing(); got != "slide:9f2c/intro" {
		t.Errorf("slide: Showing() = %q; want slide:9f2c/intro (no pass or position)", got)
	}
	if got := (Entry{Fallback: true}).Showing(); got != "" {
		t.Errorf("fallback: Showing() = %q; want \"\" (the page names the promotion on screen)", got)
	}
}
