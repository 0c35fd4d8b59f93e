package e2e

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"storecast/e2e/harness"
)

// A day of playback on a clock running 3600 times as fast (a day in 24 s,
// a ten-minute slide every 170 ms, the ticker's clock changing every
// 17 ms, languages rotating) leaves the Go heap, the DOM and the goroutines
// where they were: the player does not leak. (The page's CPU between two
// slides is make bench's, signage section.)
func TestSignageLongRunMemory(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	promos := serverPromotions(t, s)
	red := sgUpload(t, s, sgPNG(t, 1600, 900, color.RGBA{200, 30, 40, 255}))
	blue := sgUpload(t, s, sgPNG(t, 1200, 1200, color.RGBA{30, 60, 200, 255}))
	campaign := sgCreate(t, s, "/api/v1/campaigns", map[string]any{
		"title": map[string]string{"en": "10% off"}, "quantity": 100, "per_device": 1,
		"window_minutes": 60, "coupon_minutes": 120, "status": "live",
	})
	text := map[string]string{"en": "Everything at one price", "zh-Hans": "线上线下同价", "zh-Hant": "線上線下同價"}
	day := sgPlaylist(t, s, "Day", "ticker",
		sgSlide("red", "image", 600, "media", red),
		sgSlide("words", "text", 600, "text", text),
		sgSlide("offer", "promotion", 600, "promotion", promos[0].ID),
		sgSlide("coupon", "coupon", 600, "campaign", campaign),
		sgSlide("clock", "clock", 600),
		sgSlide("blue", "image", 600, "media", blue),
	)
	sgDefault(t, s, day)

	page := kit.Tab(t, 1280, 720)
	sgOpen(t, page, s, "lang=rotate&test=1&speed=3600&upload=5&clock=2026-11-27T00:00:00%2B08:00")
	start := sgStatsOf(t, page).Now
	type sample struct {
		hour          float64
		heap, sys     float64
		goroutines    int
		nodes         int
		jsHeap        float64
		recorded      int
		pending       int
		slidesOnProbe int
	}
	var samples []sample
	for {
		// A sample every two simulated hours, however slow the machine.
		waitJS(t, page, fmt.Sprintf(`scSignage().now >= %f`, start+float64(len(samples)+1)*2*3.6e6))
		st := sgStatsOf(t, page)
		log, _, _ := sgProbeLog(t, page)
		samples = append(samples, sample{
			hour: (st.Now - start) / 3.6e6, heap: st.HeapAlloc, sys: st.Sys, goroutines: st.Goroutines,
			nodes:    eval[int](t, page, `document.getElementsByTagName("*").length`),
			jsHeap:   eval[float64](t, page, `performance.memory ? performance.memory.usedJSHeapSize : 0`),
			recorded: st.Recorded, pending: st.Pending, slidesOnProbe: len(log),
		})
		// A day, and at least 100 slides in it: a page starved of CPU by
		// other tests changes slides late and fits fewer into a day, so
		// it plays on (up to three days) until it has shown enough.
		if hours := (st.Now - start) / 3.6e6; hours >= 24 && len(log) >= 100 || hours >= 72 {
			break
		}
	}
	eval[bool](t, page, `(scProbe.stop = true)`)
	var table strings.Builder
	for _, m := range samples {
		fmt.Fprintf(&table, "\n  %5.1f h  Go heap %6.2f MB  (sys %5.1f MB)  JS heap %5.1f MB  DOM %4d  goroutines %3d  slides %4d  plays %4d (%d waiting)",
			m.hour, m.heap/1e6, m.sys/1e6, m.jsHeap/1e6, m.nodes, m.goroutines, m.slidesOnProbe, m.recorded, m.pending)
	}
	last := samples[len(samples)-1]
	t.Logf("%.0f simulated hours:%s", last.hour, table.String())
	if last.slidesOnProbe < 100 {
		t.Fatalf("only %d slides in %.0f simulated hours; want at least 100 (a day has 144)", last.slidesOnProbe, last.hour)
	}
	// No growth trend: the second half of the day holds no more than the
	// first half's peak, with a little room for the garbage collector.
	half := len(samples) / 2
	var firstPeak, secondPeak sample
	for i, m := range samples {
		p := &firstPeak
		if i >= half {
			p = &secondPeak
		}
		p.heap = max(p.heap, m.heap)
		p.nodes = max(p.nodes, m.nodes)
		p.goroutines = max(p.goroutines, m.goroutines)
	}
	if secondPeak.heap > firstPeak.heap*1.2+512<<10 {
		t.Errorf("Go heap grew: first half peak %.2f MB, second half %.2f MB", firstPeak.heap/1e6, secondPeak.heap/1e6)
	}
	if secondPeak.nodes > firstPeak.nodes+40 {
		t.Errorf("DOM grew: %d nodes, then %d", firstPeak.nodes, secondPeak.nodes)
	}
	if secondPeak.goroutines > firstPeak.goroutines+3 {
		t.Errorf("goroutines grew: %d, then %d", firstPeak.goroutines, secondPeak.goroutines)
	}
}
