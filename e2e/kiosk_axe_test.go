package e2e

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

//go:embed testdata/axe/axe.min.js
var axeSource string

// axeVersion is the axe-core in testdata/axe; TestKioskAccessibility checks
// the file is that one.
const axeVersion = "4.14.1"

// axeTags are the rule sets every kiosk screen passes with no violation.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// axeViolation is the part of an axe result a failure message needs.
type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// runAxe checks the page (or only what matches include) with axe-core:
// the WCAG 2.2 AA tags, and the 7:1 contrast rule (AAA) when enhanced is
// set.
func runAxe(t *testing.T, ctx context.Context, enhanced bool, include string) []axeViolation {
	t.Helper()
	if !eval[bool](t, ctx, `typeof window.axe === "object"`) {
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](axeSource+";true")); err != nil {
			t.Fatalf("inject axe: %v", err)
		}
	}
	tags, _ := json.Marshal(axeTags)
	// On kiosk-sized screens main scrolls inside the page; axe cannot see
	// the colours of what is scrolled out of view, so the page is laid
	// out whole while axe runs (the colours are the same).
	script := fmt.Sprintf(`(async () => {
		const unroll = new CSSStyleSheet(); // not a <style>: the pages' CSP refuses inline ones
		unroll.replaceSync(".sc-kiosk { height: auto !important } .sc-kiosk .sc-main { overflow: visible !important }");
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, unroll];
		try { return await check(); } finally { document.adoptedStyleSheets = document.adoptedStyleSheets.filter(s => s !== unroll); }
		async function check() {
		const where = %q ? {include: [%q]} : document;
		const opts = {resultTypes: ["violations", "incomplete"]};
		const a = await axe.run(where, {...opts, runOnly: {type: "tag", values: %s}});
		// Contrast that axe could not decide (text it cannot see the
		// background of) counts as a failure: it must be measurable.
		const undecided = r => r.incomplete.filter(x => x.id.startsWith("color-contrast"))
			.map(x => ({...x, id: x.id + " (undecided)"}));
		let v = a.violations.concat(undecided(a));
		if (%t) {
			const b = await axe.run(where, {...opts, runOnly: {type: "rule", values: ["color-contrast-enhanced"]}});
			v = v.concat(b.violations, undecided(b));
		}
		return JSON.stringify(v);
		}
	})()`, include, include, tags, enhanced)
	out, err := chromedp.Run(ctx, chromedp.Evaluate[string](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe: %v", err)
	}
	var vs []axeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatalf("axe result: %v", err)
	}
	return vs
}

func describe(vs []axeViolation) string {
	var b strings.Builder
	for _, v := range vs {
		fmt.Fprintf(&b, "\n  %s: %s", v.ID, v.Help)
		for i, n := range v.Nodes {
			if i == 3 {
				fmt.Fprintf(&b, "\n    … %d more", len(v.Nodes)-3)
				break
			}
			fmt.Fprintf(&b, "\n    %v: %s", n.Target, strings.ReplaceAll(n.Summary, "\n", " "))
		}
	}
	return b.String()
}

// sizes measures what axe does not: the smallest text and the smallest
// touch target that are on screen.
type sizes struct {
	MinFont      float64 `json:"minFont"`
	MinFontWhat  string  `json:"minFontWhat"`
	MinTarget    float64 `json:"minTarget"`
	MinTargetWht string  `json:"minTargetWhat"`
	Choices      int     `json:"choices"`
}

const measureJS = `(() => {
	const root = document.querySelector(".sc-kiosk");
	const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
	const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + String(el.className).split(" ").join(".") : "");
	let minFont = 1e9, minFontWhat = "", minTarget = 1e9, minTargetWhat = "";
	for (const el of root.querySelectorAll("*")) {
		if (!shown(el)) continue;
		const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() !== "");
		if (own) {
			const f = parseFloat(getComputedStyle(el).fontSize);
			if (f < minFont) { minFont = f; minFontWhat = name(el); }
		}
	}
	for (const el of root.querySelectorAll("a[href], button, input, select, textarea")) {
		if (!shown(el) || el.classList.contains("sc-skip")) continue;
		const r = el.getBoundingClientRect();
		const s = Math.min(r.width, r.height);
		if (s < minTarget) { minTarget = s; minTargetWhat = name(el); }
	}
	const choices = root.querySelectorAll("main .sc-choice").length;
	return JSON.stringify({minFont, minFontWhat, minTarget, minTargetWhat: minTargetWhat, choices});
})()`

func measure(t *testing.T, ctx context.Context) sizes {
	t.Helper()
	var s sizes
	if err := json.Unmarshal([]byte(eval[string](t, ctx, measureJS)), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestKioskAccessibility opens every kiosk screen in every mode at both
// kiosk orientations and checks it with axe-core (zero violations of WCAG
// 2.2 AA; 7:1 text contrast in high-contrast and elder modes), then its
// smallest text, its smallest touch target, and elder mode's four choices.
func TestKioskAccessibility(t *testing.T) {
	t.Parallel()
	if !strings.Contains(axeSource[:200], "axe v"+axeVersion) {
		t.Fatalf("testdata/axe/axe.min.js is not axe-core %s", axeVersion)
	}
	var mu sync.Mutex
	report := map[string]sizes{}
	t.Cleanup(func() { logSizes(t, report) })
	for _, vp := range []struct {
		name string
		w, h int
	}{{"portrait", 1080, 1920}, {"landscape", 1920, 1080}} {
		// The orientations share nothing: each runs at once with a server
		// of its own.
		t.Run(vp.name, func(t *testing.T) {
			t.Parallel()
			tab, offer := kioskToWalk(t, vp.w, vp.h)
			axeCanary(t, tab)
			for _, mode := range kioskModes {
				for _, r := range kioskRoutes(offer) {
					t.Run(modeName(mode)+"/"+r.name, func(t *testing.T) {
						m := checkKioskScreen(t, tab, mode, r)
						mu.Lock()
						report[vp.name+"/"+modeName(mode)+"/"+r.name] = m
						mu.Unlock()
					})
				}
			}
		})
	}
}

// kioskToWalk starts a server with a coupon campaign for its first offer
// and opens its kiosk in a width × height tab: what the walks through
// every screen start from. It returns the tab and the offer's id.
func kioskToWalk(t *testing.T, width, height int) (context.Context, string) {
	t.Helper()
	tab, offer, _ := kioskToWalkOn(t, width, height)
	return tab, offer
}

// kioskToWalkOn is kioskToWalk, with the server.
func kioskToWalkOn(t *testing.T, width, height int) (context.Context, string, *harness.Server) {
	t.Helper()
	s := kit.Server(t, harness.Options{})
	offer := firstPromotionID(t, s)
	kioskCampaign(t, s, "10% off fruit", offer, 1000, 100)
	tab := kit.Tab(t, width, height)
	open(t, tab, s.URL+"/kiosk?lang=en")
	return tab, offer, s
}

// checkKioskScreen opens route r in mode on the kiosk in tab and checks it
// with axe-core, its smallest text and touch target, and elder mode's
// choices; it returns what it measured.
func checkKioskScreen(t *testing.T, tab context.Context, mode string, r kioskRoute) sizes {
	t.Helper()
	large := mode == "large" || mode == "elder"
	enhanced := mode == "contrast" || mode == "elder"
	goKiosk(t, tab, withModes(r.url, mode), r.ready)
	if r.name == "price" {
		searchFor(t, tab, "a")
	}
	if r.name == "coupon" {
		getCoupon(t, tab)
		if w := eval[float64](t, tab, `document.querySelector(".sc-kc-qr").getBoundingClientRect().width`); w < 300 {
			t.Errorf("QR shown at %.0f px; want at least 300", w)
		}
	}
	if vs := runAxe(t, tab, enhanced, ""); len(vs) > 0 {
		t.Errorf("axe found %d violations:%s", len(vs), describe(vs))
	}
	m := measure(t, tab)
	minTarget, minFont := 44.0, 18.0
	if large {
		minTarget, minFont = 60, 32
	}
	if m.MinTarget < minTarget {
		t.Errorf("smallest touch target %.0f px (%s); want at least %.0f", m.MinTarget, m.MinTargetWht, minTarget)
	}
	if m.MinFont < minFont {
		t.Errorf("smallest text %.1f px (%s); want at least %.0f", m.MinFont, m.MinFontWhat, minFont)
	}
	if mode == "elder" && m.Choices > 4 {
		t.Errorf("elder mode offers %d choices; want at most 4", m.Choices)
	}
	return m
}

// axeCanary makes sure axe really runs and reports: an image without a
// text alternative, text under 4.5:1 and text under 7:1 must be found.
func axeCanary(t *testing.T, ctx context.Context) {
	t.Helper()
	eval[bool](t, ctx, `(() => {
		const d = document.createElement("div");
		d.id = "axe-canary";
		d.style.cssText = "background:#fff;color:#999;padding:1em;font-size:16px;font-weight:400";
		d.innerHTML = '<img src="/web/icons/icon.svg"><p>faint grey text on white</p>' +
			'<p style="color:#6b6b6b">grey text at 5.3:1, short of 7:1</p>';
		document.querySelector("main").prepend(d);
		return true;
	})()`)
	found := map[string]bool{}
	for _, v := range runAxe(t, ctx, true, "") {
		found[v.ID] = true
	}
	eval[bool](t, ctx, `(document.getElementById("axe-canary").remove(), true)`)
	for _, id := range []string{"image-alt", "color-contrast", "color-contrast-enhanced"} {
		if !found[id] {
			t.Fatalf("axe did not report the planted %s violation; is it running?", id)
		}
	}
}

func modeName(m string) string {
	if m == "" {
		return "standard"
	}
	return m
}

// logSizes prints, per viewport and mode, the smallest text and target
// over every screen.
func logSizes(t *testing.T, report map[string]sizes) {
	type agg struct{ font, target float64 }
	by := map[string]*agg{}
	for name, s := range report {
		key := name[:strings.LastIndex(name, "/")]
		a, ok := by[key]
		if !ok {
			a = &agg{1e9, 1e9}
			by[key] = a
		}
		a.font = min(a.font, s.MinFont)
		a.target = min(a.target, s.MinTarget)
	}
	keys := make([]string, 0, len(by))
	for k := range by {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-22s smallest text %5.1f px, smallest target %5.1f px", k, by[k].font, by[k].target)
	}
}

// TestKioskReflow checks that no kiosk screen scrolls sideways at 200% zoom
// (a 1080 px kiosk seen at 540 CSS px) or at 320 px wide, in any mode.
func TestKioskReflow(t *testing.T) {
	t.Parallel()
	for _, vp := range []struct{ w, h int }{{540, 960}, {320, 568}} {
		// The widths share nothing: each runs at once with a server of
		// its own.
		t.Run(fmt.Sprintf("%dpx", vp.w), func(t *testing.T) {
			t.Parallel()
			tab, offer := kioskToWalk(t, vp.w, vp.h)
			for _, mode := range kioskModes {
				for _, r := range kioskRoutes(offer) {
					t.Run(modeName(mode)+"/"+r.name, func(t *testing.T) {
						goKiosk(t, tab, withModes(r.url, mode), r.ready)
						if r.name == "price" {
							searchFor(t, tab, "a")
						}
						if r.name == "coupon" {
							getCoupon(t, tab)
						}
						if over := eval[string](t, tab, sidewaysJS); over != "" {
							t.Errorf("scrolls sideways: %s", over)
						}
					})
				}
			}
		})
	}
}

// sidewaysJS says how the page scrolls sideways, and what sticks out; ""
// when it does not.
const sidewaysJS = `(() => {
	const d = document.documentElement;
	if (d.scrollWidth <= d.clientWidth + 1) return "";
	const wide = [...document.querySelectorAll(".sc-kiosk *")]
		.filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)
		.map(e => e.tagName.toLowerCase() + "." + String(e.className).split(" ").join("."));
	return d.scrollWidth + " > " + d.clientWidth + ": " + wide.slice(0, 5).join(", ");
})()`
