package probe

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"storecast/e2e/harness"
)

// SignageJS watches the page at every animation frame: it logs each slide
// that comes on screen (with the player's start time and the frame's
// time), and counts frames where the slide on screen is not fully painted
// content: no current slot, a current slot not fully opaque or not
// visible, a picture not decoded, a video with no frame. Setting
// scProbe.stop ends it.
//
// One wait is not a blank: when the wasm starts it draws the page again
// in new elements, so the slide the page was served with loads its
// picture or video once more (from the browser's cache, usually before
// the next frame, not always). While that first slide is on screen, its
// media loading counts as booting, not blank; every later slide must be
// painted before it shows.
const SignageJS = `(() => {
	const p = { log: [], blank: [], frames: 0, booting: 0, stop: false };
	let last = null, boot = null;
	const check = (ts) => {
		p.frames++;
		// A video that had a frame keeps showing it, even while it seeks
		// back to its start to loop.
		document.querySelectorAll("video").forEach((v) => { if (v.readyState >= 2) v.scPainted = true; });
		const cur = document.querySelector(".sc-slot.is-current");
		let why = "";
		if (!cur || !cur.dataset.key) {
			why = "no slide on screen";
		} else {
			const cs = getComputedStyle(cur);
			if (cs.visibility !== "visible" || cs.opacity !== "1") why = "current slot " + cs.visibility + " " + cs.opacity;
			cur.querySelectorAll("img.sc-media").forEach((img) => { if (!(img.complete && img.naturalWidth > 0)) why = "picture not decoded"; });
			cur.querySelectorAll("video").forEach((v) => { if (!v.scPainted) why = "video without a frame"; });
			if (!cur.querySelector(".sc-frame, .sc-slides, .sc-slide-empty")) why = "empty slot";
			const box = cur.getBoundingClientRect();
			if (box.width < 100 || box.height < 100) why = "slot collapsed";
		}
		const key = cur ? cur.dataset.key : "";
		if (boot === null) boot = key;
		const loading = why === "video without a frame" || why === "picture not decoded";
		if (key !== boot) boot = "";
		if (boot && loading) {
			p.booting++;
			why = "";
		}
		if (why) p.blank.push({ t: ts, why, key });
		if (key !== last) {
			p.log.push({ key, slide: cur ? cur.dataset.slide : "", playlist: cur ? cur.dataset.playlist : "",
				kind: cur ? cur.dataset.kind : "", started: cur ? Number(cur.dataset.started) : 0,
				at: performance.timeOrigin + ts });
			last = key;
		}
		if (!p.stop) requestAnimationFrame(check);
	};
	window.scProbe = p;
	requestAnimationFrame(check);
	return true;
})()`

// Shown is one slide coming on screen, as the probe saw it.
type Shown struct {
	Key      string  `json:"key"`
	Slide    string  `json:"slide"`
	Playlist string  `json:"playlist"`
	Kind     string  `json:"kind"`
	Started  float64 `json:"started"` // player clock, Unix ms
	At       float64 `json:"at"`      // wall clock of the frame, Unix ms
}

// Blank is one frame without a painted slide.
type Blank struct {
	T   float64 `json:"t"`
	Why string  `json:"why"`
	Key string  `json:"key"`
}

// Signage is what the probe saw so far.
type Signage struct {
	Log    []Shown `json:"log"`
	Blank  []Blank `json:"blank"`
	Frames int     `json:"frames"`
	// Booting counts the frames the first slide's media was loading again
	// after the wasm drew the page (see SignageJS).
	Booting int `json:"booting"`
}

// ReadSignage returns what the probe in the tab saw so far.
func ReadSignage(tab context.Context) (Signage, error) {
	var out Signage
	raw, err := harness.EvalJS[string](tab, `JSON.stringify({log: scProbe.log, blank: scProbe.blank, frames: scProbe.frames, booting: scProbe.booting})`)
	if err != nil {
		return out, fmt.Errorf("probe: signage: %w", err)
	}
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		return out, fmt.Errorf("probe: signage: %w", err)
	}
	return out, nil
}

// Slides names the slides in a log, in order; a fallback is "fallback".
func Slides(log []Shown) string {
	var names []string
	for _, e := range log {
		n := e.Slide
		if e.Kind == "fallback" {
			n = "fallback"
		}
		names = append(names, n)
	}
	return strings.Join(names, " ")
}
