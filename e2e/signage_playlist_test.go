package e2e

import (
	"context"
	"fmt"
	"image/color"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"storecast/e2e/harness"
	"storecast/e2e/probe"
)

// A playlist of every kind of slide plays in order, each for its time, with
// no blank frame across 20 transitions; a picture that fails to load is
// skipped and reported; an override preempts and hands back. How close
// to their times the slides change, and how soon an override shows, is
// measured by make bench (signage), not asserted here.
func TestSignagePlaylistGaplessSkipOverride(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	red := sgUpload(t, s, sgPNG(t, 1600, 900, color.RGBA{200, 30, 40, 255}))
	blue := sgUpload(t, s, sgPNG(t, 900, 1600, color.RGBA{30, 60, 200, 255}))
	broken := sgUpload(t, s, sgPNG(t, 640, 480, color.RGBA{30, 160, 60, 255}))
	promo := sgCreate(t, s, "/api/v1/promotions", map[string]any{
		"title": map[string]string{"en": "Signage milk", "zh-Hans": "牛奶"}, "price": 990, "was_price": 1290, "priority": 10,
	})
	pl := sgPlaylist(t, s, "Gapless", "full",
		sgSlide("red", "image", 1, "media", red),
		sgSlide("hello", "text", 1, "text", map[string]string{"en": "Hello, welcome to the store. Everything you need, every day, at one price online and in store."}),
		sgSlide("milk", "promotion", 1, "promotion", promo),
		sgSlide("broken", "image", 1, "media", broken),
		sgSlide("clock", "clock", 1),
		sgSlide("blue", "image", 1, "media", blue),
	)
	sgDefault(t, s, pl)
	sgBreak(t, s, broken) // after the save: the API checks that media exists

	page := kit.Tab(t, 1280, 720)
	sgOpen(t, page, s, "lang=en&test=1&upload=1")

	// 20 transitions: about 21 s at one second a slide.
	const transitions = 20
	harness.CheckFor(t, eventually, 200*time.Millisecond, func() error {
		if log, _, _ := sgProbeLog(t, page); len(log) <= transitions+1 {
			return fmt.Errorf("saw %d slides: %s; want %d transitions", len(log), probe.Slides(log), transitions)
		}
		return nil
	})
	eval[bool](t, page, `(scProbe.stop = true)`)
	log, blank, frames := sgProbeLog(t, page)
	if len(blank) > 0 {
		t.Fatalf("%d of %d frames had no painted slide on screen; first: %+v", len(blank), frames, blank[0])
	}

	// In order, without the broken picture, from the probe's first slide on.
	cycle := []string{"red", "hello", "milk", "clock", "blue"}
	start := -1
	for i, name := range cycle {
		if name == log[1].Slide {
			start = i
		}
	}
	if start < 0 {
		t.Fatalf("unexpected slide %q: %s", log[1].Slide, probe.Slides(log))
	}
	for i, e := range log[1:] {
		if want := cycle[(start+i)%len(cycle)]; e.Slide != want {
			t.Fatalf("slide %d is %q; want %q\nplayed: %s", i+1, e.Slide, want, probe.Slides(log))
		}
	}

	// Each slide for its whole second: on the player's clock no slide
	// starts before the one before it has had its time (a frame's worth
	// of rounding aside). A late change is the bench's to measure.
	var lags []float64
	for i := 2; i < len(log); i++ {
		if d := log[i].Started - log[i-1].Started; d < 1000-60 {
			t.Errorf("%s started %.0f ms after %s; want its 1000 ms", log[i].Slide, d, log[i-1].Slide)
		}
		lags = append(lags, log[i].At-(log[i-1].Started+1000))
	}
	sort.Float64s(lags)
	t.Logf("transition lag (due → first frame of the next slide) over %d transitions: median %s, max %s; frames checked: %d, blank: 0",
		len(lags), sgMs(lags[len(lags)/2]), sgMs(lags[len(lags)-1]), frames)

	// The broken picture was reported, every other slide counted.
	harness.CheckFor(t, eventually, 100*time.Millisecond, func() error {
		if plays, errs := sgPlays(t, s, sgToday(), sgToday()); errs["broken"] < 1 || plays["red"] < 3 || plays["blue"] < 3 || plays["broken"] != 0 {
			return fmt.Errorf("proof of play: plays %v, errors %v; want broken reported, red and blue 3 times", plays, errs)
		}
		return nil
	})

	checkOverride(t, s, page)
}

// checkOverride: an override covers the screen and holds the playlist;
// clearing it hands back to the playlist.
func checkOverride(t *testing.T, s *harness.Server, page context.Context) {
	t.Helper()
	posted := time.Now()
	id := sgCreate(t, s, "/api/v1/overrides", map[string]any{
		"message": map[string]string{"en": "Store closing in 15 minutes"}, "severity": "urgent", "minutes": 5,
	})
	waitJS(t, page, `(document.querySelector(".sc-override-message")||{}).textContent === "Store closing in 15 minutes"`)
	t.Logf("override on screen %v after the API call", time.Since(posted).Round(time.Millisecond))
	held := eval[string](t, page, `document.querySelector(".sc-slot.is-current").dataset.key`)
	// Held for 2.5 s of the player's clock, two and a half slides' time.
	waitJS(t, page, fmt.Sprintf(`scSignage().now >= %f`, sgStatsOf(t, page).Now+2500))
	if now := eval[string](t, page, `document.querySelector(".sc-slot.is-current").dataset.key`); now != held {
		t.Fatalf("the playlist moved on under the override: %s → %s", held, now)
	}
	if st := s.API(t, http.MethodDelete, "/api/v1/overrides/"+id, nil, nil); st != http.StatusNoContent {
		t.Fatalf("clear override = %d", st)
	}
	waitJS(t, page, `document.querySelector(".sc-override") === null`)
	waitJS(t, page, fmt.Sprintf(`document.querySelector(".sc-slot.is-current").dataset.key !== %q`, held))
	if showing := sgStatsOf(t, page).Showing; !strings.Contains(showing, "/") {
		t.Fatalf("after the override the screen shows %q; want a playlist slide", showing)
	}
}
