package e2e

import (
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// An editor builds a playlist with a text and a clock slide in the
// console, schedules it all day every day, finds it in the week view, and
// the preview says it plays now.
func TestConsoleSignagePlaylistScheduleAndPreview(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	addStaff(t, s, "ed", "editor-pass-1", "editor")
	console := kit.Tab(t, 390, 844)
	consoleSignIn(t, console, s.URL, "ed", "editor-pass-1")

	// The playlist: a name, a text slide, a clock slide.
	do(t, console, toView("/console/signage"))
	waitJS(t, console, `!!document.querySelector("#sg-playlist-new")`)
	do(t, console,
		chromedp.Click("#sg-playlist-new"),
		chromedp.SendKeys("#pl-name", "E2E Lunch"),
		chromedp.Click("#pl-add-text"))
	waitJS(t, console, `!!document.getElementById("pl-slides[0]-text-en")`)
	setValue(t, console, `[id="pl-slides[0]-text-en"]`, "Soup")
	do(t, console, chromedp.Click("#pl-add-clock"))
	waitJS(t, console, `document.querySelectorAll(".cs-sg-slide").length === 2`)
	// Reorder with the keyboard-reachable buttons, and back.
	do(t, console, chromedp.Click(`[id="pl-slides[1]-up"]`))
	waitJS(t, console, `document.querySelector(".cs-sg-slide")?.dataset.kind === "clock"`)
	do(t, console, chromedp.Click(`[id="pl-slides[0]-down"]`))
	waitJS(t, console, `document.querySelector(".cs-sg-slide")?.dataset.kind === "text"`)
	// The zones layout, and offers drawn on the brand colour; a promotion
	// slide offers its own template. The editor passes axe (AA, 7:1).
	do(t, console, chromedp.Click("#pl-layout-zones"))
	eval[bool](t, console, `(e => { e.value = "brand"; e.dispatchEvent(new Event("change", {bubbles: true})); return true })(document.querySelector("#pl-template"))`)
	do(t, console, chromedp.Click("#pl-add-promotion"))
	waitJS(t, console, `!!document.getElementById("pl-slides[2]-template")`)
	if vs := runAxe(t, console, true, ""); len(vs) > 0 {
		t.Errorf("playlist editor: axe-core found %d violations:%s", len(vs), describe(vs))
	}
	do(t, console, chromedp.Click(`.cs-sg-slide[data-kind="promotion"] .cs-btn-danger`))
	waitJS(t, console, `document.querySelectorAll(".cs-sg-slide").length === 2`)
	// Typed after slides were added and removed: the text must still
	// reach the slide (go-app keeps an input's first handler unless its
	// scope changes, and the first one wrote to the slides as they were).
	setValue(t, console, `[id="pl-slides[0]-text-en"]`, "Soup of the day")
	do(t, console, chromedp.Click(`#pl button[type="submit"]`))
	waitJS(t, console, `[...document.querySelectorAll(".cs-sg-playlist .cs-card-title")].some(e => e.textContent === "E2E Lunch")`)

	var g struct {
		Playlists []struct {
			ID       string `json:"id"`
			Name     string `json:"name"`
			Layout   string `json:"layout"`
			Template string `json:"template"`
			Slides   []struct {
				Kind string            `json:"kind"`
				Text map[string]string `json:"text"`
			} `json:"slides"`
		} `json:"playlists"`
	}
	s.API(t, http.MethodGet, "/api/v1/signage", nil, &g)
	// The demo's playlist sorts after it (by name).
	if len(g.Playlists) != 2 || g.Playlists[0].Name != "E2E Lunch" || len(g.Playlists[0].Slides) != 2 || g.Playlists[0].Slides[0].Kind != "text" ||
		g.Playlists[0].Slides[0].Text["en"] != "Soup of the day" || g.Playlists[0].Slides[1].Kind != "clock" {
		t.Fatalf("stored playlists = %+v; want E2E Lunch with a text then a clock slide, then the demo's", g.Playlists)
	}
	if g.Playlists[0].Layout != "zones" || g.Playlists[0].Template != "brand" {
		t.Errorf("stored layout, template = %q, %q; want zones, brand", g.Playlists[0].Layout, g.Playlists[0].Template)
	}

	// The schedule: every day, 00:00–00:00 (all day).
	do(t, console, chromedp.Click("#sg-tab-schedules"))
	waitJS(t, console, `!!document.querySelector("#sg-schedule-new")`)
	do(t, console, chromedp.Click("#sg-schedule-new"))
	// A new schedule is for the first playlist; choose the one made here.
	waitJS(t, console, `!!document.querySelector("#sch-playlist")`)
	eval[bool](t, console, `(e => { e.value = "`+g.Playlists[0].ID+`"; e.dispatchEvent(new Event("change", {bubbles: true})); return true })(document.querySelector("#sch-playlist"))`)
	waitJS(t, console, `document.querySelector("#sch-playlist")?.value === `+`"`+g.Playlists[0].ID+`"`)
	if got := eval[string](t, console, `document.querySelector("#sch-start").value + "-" + document.querySelector("#sch-end").value`); got != "00:00-00:00" {
		t.Errorf("new schedule's times = %s; want 00:00-00:00", got)
	}
	do(t, console, chromedp.Click(`#sch button[type="submit"]`))
	waitJS(t, console, `!!document.querySelector(".cs-sg-schedule")`)
	waitJS(t, console, `document.querySelectorAll(".cs-sg-week-list li").length === 7 && document.querySelectorAll(".cs-sg-block").length === 7`)
	items := eval[[]string](t, console, `[...document.querySelectorAll(".cs-sg-week-list li")].map(e => e.textContent)`)
	if items[0] != "Mon 00:00–24:00: E2E Lunch" || items[6] != "Sun 00:00–24:00: E2E Lunch" {
		t.Errorf("week list = %q; want Mon to Sun 00:00–24:00: E2E Lunch", items)
	}
	if h := eval[string](t, console, `document.querySelector(".cs-sg-block").style.height`); h != "100%" {
		t.Errorf("all-day block height = %q; want 100%%", h)
	}

	// The preview: what plays now on any screen.
	do(t, console, chromedp.Click("#sg-tab-preview"))
	waitJS(t, console, `!!document.querySelector("#pv")`)
	do(t, console, chromedp.Click(`#pv button[type="submit"]`))
	waitJS(t, console, `document.querySelector("#pv-result .cs-sg-result-name")?.textContent === "Plays: E2E Lunch"`)
	if n := eval[int](t, console, `document.querySelectorAll("#pv-result .cs-sg-result-slides li").length`); n != 2 {
		t.Errorf("preview lists %d slides; want 2", n)
	}

	// The report's CSV link is a same-origin link carrying the days.
	do(t, console, chromedp.Click("#sg-tab-plays"))
	waitJS(t, console, `(a => a && a.getAttribute("href").includes("format=csv"))(document.querySelector("#pr-csv"))`)
}
