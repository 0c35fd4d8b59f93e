package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// sgRecordVideoJS makes a short WebM in the browser itself (a canvas
// recorded by MediaRecorder: no video tools needed) and uploads it.
const sgRecordVideoJS = `(async () => {
	const c = document.createElement("canvas");
	c.width = 320; c.height = 180;
	const g = c.getContext("2d");
	const rec = new MediaRecorder(c.captureStream(25), { mimeType: "video/webm;codecs=vp8" });
	const chunks = [];
	rec.ondataavailable = (e) => chunks.push(e.data);
	let n = 0;
	const draw = () => {
		g.fillStyle = "hsl(" + (n * 12 % 360) + ", 70%, 45%)";
		g.fillRect(0, 0, 320, 180);
		g.fillStyle = "#fff"; g.font = "64px sans-serif"; g.fillText(String(n++), 30, 120);
	};
	draw();
	const timer = setInterval(draw, 40);
	rec.start(100);
	await new Promise((r) => setTimeout(r, MS));
	await new Promise((r) => { rec.onstop = r; rec.stop(); });
	clearInterval(timer);
	const res = await fetch("/api/v1/media", { method: "POST", headers: { Authorization: "Bearer TOKEN" }, body: new Blob(chunks, { type: "video/webm" }) });
	const url = (await res.json()).url;
	if (!url) return JSON.stringify({ error: "upload failed: " + res.status });
	// How long it really is: a recorder's WebM does not say until the
	// player has seen its end.
	const v = document.createElement("video");
	v.muted = true; v.preload = "auto"; v.src = url;
	await new Promise((r) => v.addEventListener("loadedmetadata", r, { once: true }));
	if (!isFinite(v.duration)) {
		v.currentTime = 1e9;
		await new Promise((r) => v.addEventListener("durationchange", r, { once: true }));
	}
	return JSON.stringify({ url, seconds: v.duration });
})()`

// recordVideo makes a WebM of about ms milliseconds in the browser
// (sgRecordVideoJS) and returns its media URL and length in seconds.
func recordVideo(t *testing.T, page context.Context, s *harness.Server, ms int) (string, float64) {
	t.Helper()
	if err := chromedp.Do(page, chromedp.Navigate(s.URL+"/")); err != nil {
		t.Fatal(err)
	}
	js := strings.NewReplacer("TOKEN", s.Token, "MS", strconv.Itoa(ms)).Replace(sgRecordVideoJS)
	made, err := chromedp.Run(page, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	var rec struct {
		URL     string  `json:"url"`
		Seconds float64 `json:"seconds"`
	}
	if err != nil || json.Unmarshal([]byte(made), &rec) != nil || !strings.HasPrefix(rec.URL, "/media/") || rec.Seconds <= 0 {
		t.Fatalf("recording a test video: %q, %v", made, err)
	}
	return rec.URL, rec.Seconds
}

// A video set to 0 seconds plays to its end and the playlist moves on; a
// video set to a time plays (looping) for that time; neither shows a frame
// without a picture.
func TestSignageVideoPlaysToItsEnd(t *testing.T) {
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
			return fmt.Errorf("played %s; want two passes of the playlist", sgSlides(log))
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
			if math.Abs(d-2000) > 300 {
				t.Errorf("the 2-second video showed for %s", sgMs(d))
			}
		}
		if want := map[string]string{"whole": "words", "words": "looped", "looped": "whole"}[log[i].Slide]; log[i+1].Slide != want {
			t.Fatalf("after %s came %s; want %s (played %s)", log[i].Slide, log[i+1].Slide, want, sgSlides(log))
		}
	}
	if len(whole) == 0 {
		t.Fatalf("the whole video never ended on screen: %s", sgSlides(log))
	}
	for _, d := range whole {
		// It plays to its end, then the next slide comes.
		if math.Abs(d-seconds*1000) > 400 {
			t.Errorf("the video played to its end showed for %s; it is %.0f ms long", sgMs(d), seconds*1000)
		}
	}
	t.Logf("played %s; the %.0f ms video showed for %v ms", sgSlides(log), seconds*1000, whole)
}
