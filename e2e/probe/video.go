package probe

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// recordVideoJS makes a short WebM in the browser itself (a canvas
// recorded by MediaRecorder: no video tools needed) and uploads it.
const recordVideoJS = `(async () => {
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

// RecordVideo makes a WebM of about ms milliseconds in the tab, uploads it
// to s's media library and returns its media URL and its length in
// seconds. The tab is left on s's home page.
func RecordVideo(tab context.Context, s *harness.Server, ms int) (string, float64, error) {
	if err := chromedp.Do(tab, chromedp.Navigate(s.URL+"/")); err != nil {
		return "", 0, fmt.Errorf("probe: video: %w", err)
	}
	js := strings.NewReplacer("TOKEN", s.Token, "MS", strconv.Itoa(ms)).Replace(recordVideoJS)
	made, err := harness.EvalJS[string](tab, js)
	var rec struct {
		URL     string  `json:"url"`
		Seconds float64 `json:"seconds"`
	}
	if err != nil || json.Unmarshal([]byte(made), &rec) != nil || !strings.HasPrefix(rec.URL, "/media/") || rec.Seconds <= 0 {
		return "", 0, fmt.Errorf("probe: recording a test video: %q, %v", made, err)
	}
	return rec.URL, rec.Seconds, nil
}
