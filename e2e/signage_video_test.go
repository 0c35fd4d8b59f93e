package e2e

import (
	"context"
	"fmt"
	"testing"
	"time"

	"storecast/e2e/harness"
	"storecast/e2e/probe"
)

// recordVideo is probe.RecordVideo for a test.
func recordVideo(t *testing.T, page context.Context, s *harness.Server, ms int) (string, float64) {
	t.Helper()
	url, seconds, err := probe.RecordVideo(page, s, ms)
	if err != nil {
		t.Fatal(err)
	}
	return url, seconds
}

// A video set to 0 seconds plays to its end and the playlist moves on; a
// video set to a time plays (looping) for that time; neither shows a frame
// without a picture. Each is checked not to leave early; how soon it
// leaves after its time is measured by make bench (signage).
func TestSignageVideoPlaysToItsEnd(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	page := kit.Tab(t, 1280, 720)
	video, seconds := recordVideo(t, page, s, 1500)
	sgDefault(t, s, sgPlaylist(t, s, "Video", "full",
		sgSlide("whole", "video", 0, "media", video),
		sgSlide("words", "text", 1, "text", map[string]string{"en": "Between the videos"}),
		sgSlide("looped", "video", 2, "media", video),
	))
	sgOpen(t, page, s, "lang=en&test=1&upload=1")
	harness.CheckFor(t, eventually, 100*time.Millisecond, func() error {
		if log, _, _ := sgProbeLog(t, page); len(log) < 8 {
			return fmt.Errorf("played %s; want two passes of the playlist", probe.Slides(log))
		}
		return nil
	})
	eval[bool](t, page, `(scProbe.stop = true)`)
	log, blank, frames := sgProbeLog(t, page)
	if len(blank) > 0 {
		t.Fatalf("%d of %d frames had no picture; first %+v", len(blank), frames, blank[0])
	}
	var whole []float64
	for i := 1; i+1 < len(log); i++ {
		d := log[i+1].Started - log[i].Started
		switch log[i].Slide {
		case "whole":
			whole = append(whole, d)
		case "looped":
			// Not cut short; how soon after its time it leaves is bench's.
			if d < 2000-300 {
				t.Errorf("the 2-second video showed for %s", sgMs(d))
			}
		}
		if want := map[string]string{"whole": "words", "words": "looped", "looped": "whole"}[log[i].Slide]; log[i+1].Slide != want {
			t.Fatalf("after %s came %s; want %s (played %s)", log[i].Slide, log[i+1].Slide, want, probe.Slides(log))
		}
	}
	if len(whole) == 0 {
		t.Fatalf("the whole video never ended on screen: %s", probe.Slides(log))
	}
	for _, d := range whole {
		// It plays to its end, then the next slide comes (how soon after
		// its end is bench's).
		if d < seconds*1000-400 {
			t.Errorf("the video played to its end showed for %s; it is %.0f ms long", sgMs(d), seconds*1000)
		}
	}
	t.Logf("played %s; the %.0f ms video showed for %v ms", probe.Slides(log), seconds*1000, whole)
}
