package e2e

import (
	"encoding/json"
	"fmt"
	"image/color"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
	"storecast/e2e/probe"
)

// A signage screen keeps its playlist's video for offline play: it gets
// the content, its service worker downloads the video whole, and with the
// server stopped and the page reloaded the video slide plays to its end,
// from the cache, through the Range requests of Chromium's media stack.
func TestSignageVideoPlaysOffline(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	page := kit.Tab(t, 1280, 720)
	video, seconds := recordVideo(t, page, s, 1500)
	sgDefault(t, s, sgPlaylist(t, s, "Offline video", "full",
		sgSlide("clip", "video", 0, "media", video),
		sgSlide("words", "text", 1, "text", map[string]string{"en": "Between the videos"}),
	))

	// A picture of a playlist scheduled for some later day: never shown
	// yet, kept all the same, and dropped once nothing names it.
	later := sgUpload(t, s, sgPNG(t, 64, 48, color.RGBA{0x20, 0x60, 0xa0, 255}))
	schedule := sgCreate(t, s, "/api/v1/schedules", map[string]any{
		"playlist":  sgPlaylist(t, s, "Later", "full", sgSlide("pic", "image", 5, "media", later)),
		"from_date": "2099-01-01", "start": "09:00", "end": "10:00",
	})
	kept := func(url string) string {
		return `caches.open("storecast-media").then((c) => c.match("` + url + `")).then((r) => !!r)`
	}

	const query = "lang=en&test=1"
	open(t, page, s.URL+"/signage?"+query)
	waitJS(t, page, `Promise.all([`+kept(video)+`, `+kept(later)+`]).then(([v, l]) => v && l)`)
	if st := s.API(t, http.MethodDelete, "/api/v1/schedules/"+schedule, nil, nil); st != http.StatusNoContent {
		t.Fatalf("DELETE schedule = %d; want 204", st)
	}
	waitJS(t, page, `Promise.all([`+kept(video)+`, `+kept(later)+`]).then(([v, l]) => v && !l)`)
	// The load the worker controls is the one kept for an offline start.
	waitJS(t, page, `navigator.serviceWorker.ready.then(() => true)`)
	open(t, page, s.URL+"/signage?"+query)
	waitJS(t, page, `navigator.serviceWorker.controller !== null`)

	stop(t, s)
	waitJS(t, page, `document.documentElement.dataset.live !== "1"`)
	// The browser's HTTP cache holds the video too (it is immutable), but
	// it is bounded and evicts at will: only the worker's cache counts.
	sgCall(t, page, network.ClearBrowserCache, cdp.Empty{})
	sgCall(t, page, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true})
	if err := chromedp.Do(page, chromedp.Reload()); err != nil {
		t.Fatalf("reload with the server down: %v", err)
	}
	waitJS(t, page, `typeof scSignage === "function"`)
	eval[bool](t, page, probe.SignageJS)

	// The video is on screen and its time runs.
	waitJS(t, page, `(() => {
		const v = document.querySelector(".sc-slot.is-current video");
		return v !== null && v.readyState >= 2 && v.currentTime > 0.3;
	})()`)
	// The first showing began before the probe: wait for a whole one.
	harness.CheckFor(t, eventually, 100*time.Millisecond, func() error {
		if log, _, _ := sgProbeLog(t, page); len(log) < 2 || !strings.Contains(probe.Slides(log[1:]), "clip words") {
			return fmt.Errorf("played %s; want the video slide from its start to its end", probe.Slides(log))
		}
		return nil
	})
	eval[bool](t, page, `(scProbe.stop = true)`)
	log, blank, frames := sgProbeLog(t, page)
	for _, b := range blank {
		// The slide the page booted with is on screen before its video
		// has loaded, offline or not; every later one is readied first.
		if b.Key != log[0].Key {
			t.Fatalf("%d of %d frames had no picture offline; %+v", len(blank), frames, b)
		}
	}
	for i := 1; i+1 < len(log); i++ {
		if log[i].Slide != "clip" {
			continue
		}
		// Played to its end, not skipped and not cut short.
		if d := log[i+1].Started - log[i].Started; d < seconds*1000-400 {
			t.Errorf("offline, the %.0f ms video showed for %s (played %s)", seconds*1000, sgMs(d), probe.Slides(log))
		}
	}
	if skipped := eval[string](t, page, `JSON.stringify(JSON.parse(localStorage.getItem("storecast.plays") || "[]").filter((r) => r.error))`); skipped != "[]" {
		t.Fatalf("slides reported as failed: %s", skipped)
	}
	// The media stack asked for ranges and the worker answered them.
	statuses := eval[string](t, page, `JSON.stringify(performance.getEntriesByName(location.origin + "`+video+`").map((e) => e.responseStatus))`)
	if !strings.Contains(statuses, "206") {
		t.Errorf("the video's responses offline had statuses %s; want 206 from the worker", statuses)
	}

	// A part asked for by hand, offline: exactly those bytes of the whole.
	part := eval[string](t, page, `(async () => {
		const whole = new Uint8Array(await (await fetch("`+video+`")).arrayBuffer());
		const res = await fetch("`+video+`", { headers: { Range: "bytes=10-19" } });
		const got = new Uint8Array(await res.arrayBuffer());
		return JSON.stringify({ status: res.status, range: res.headers.get("Content-Range"), length: res.headers.get("Content-Length"),
			same: got.length === 10 && got.every((b, i) => b === whole[10 + i]), size: whole.length });
	})()`)
	var got struct {
		Status int
		Range  string
		Length string
		Same   bool
		Size   int
	}
	if err := json.Unmarshal([]byte(part), &got); err != nil {
		t.Fatal(err)
	}
	if got.Status != 206 || got.Length != "10" || !got.Same || got.Range != "bytes 10-19/"+strconv.Itoa(got.Size) {
		t.Fatalf("offline Range bytes=10-19: %+v; want 206 with those 10 bytes", got)
	}
}
