package e2e

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// focusRingJS measures the focus indicator of the focused element: its
// outline, and the outline's contrast with the colour around it (the
// nearest opaque background of an ancestor), which WCAG 1.4.11 wants at
// 3:1 or more.
const focusRingJS = `(() => {
	const e = document.activeElement;
	const s = getComputedStyle(e);
	const rgb = c => {
		const m = /rgba?\(([^)]+)\)/.exec(c);
		if (!m) return null;
		const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
		return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
	};
	const lum = c => {
		const f = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
	};
	let bg = {r: 255, g: 255, b: 255};
	for (let a = e.parentElement; a; a = a.parentElement) {
		const c = rgb(getComputedStyle(a).backgroundColor);
		if (c && c.a > 0.99) { bg = c; break; }
	}
	const o = rgb(s.outlineColor), l1 = lum(o), l2 = lum(bg);
	return JSON.stringify({
		style: s.outlineStyle, width: parseFloat(s.outlineWidth),
		ratio: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05),
	});
})()`

type focusRing struct {
	Style string  `json:"style"`
	Width float64 `json:"width"`
	Ratio float64 `json:"ratio"`
}

// TestKioskFocusStatesAxe tabs through every focus stop of the menu, an
// offer and the price check in every mode and, with each one focused (so
// its :focus-visible colours are the ones on screen), checks it with axe
// (7:1 in high-contrast and elder modes) and its focus ring: drawn, at
// least 3 px, at 3:1 or more against what is around it.
func TestKioskFocusStatesAxe(t *testing.T) {
	t.Parallel()
	tab, offer := kioskToWalk(t, 1080, 1920)
	routes := map[string]bool{"menu": true, "offer": true, "price": true}
	runs := 0
	for _, mode := range kioskModes {
		for _, r := range kioskRoutes(offer) {
			if !routes[r.name] {
				continue
			}
			t.Run(modeName(mode)+"/"+r.name, func(t *testing.T) {
				enhanced := mode == "contrast" || mode == "elder"
				goKiosk(t, tab, withModes(r.url, mode), r.ready)
				n := eval[int](t, tab, `document.querySelectorAll(".sc-kiosk a[href], .sc-kiosk button, .sc-kiosk input").length`)
				seen := map[string]bool{}
				for i := 0; i < n+1; i++ {
					at := press(t, tab, kb.Tab, fmt.Sprintf("Tab %d", i+1))
					if seen[at] {
						continue
					}
					seen[at] = true
					eval[bool](t, tab, `(document.querySelectorAll("[data-axe-focus]").forEach(e => delete e.dataset.axeFocus), document.activeElement.dataset.axeFocus = "1", true)`)
					vs := runAxe(t, tab, enhanced, "[data-axe-focus]")
					runs++
					if len(vs) > 0 {
						t.Errorf("%s focused: axe found %d violations:%s", at, len(vs), describe(vs))
					}
					var ring focusRing
					if err := json.Unmarshal([]byte(eval[string](t, tab, focusRingJS)), &ring); err != nil {
						t.Fatal(err)
					}
					if ring.Style == "none" || ring.Width < 3 || ring.Ratio < 3 {
						t.Errorf("%s focused: ring %s %.0f px at %.2f:1; want drawn, ≥ 3 px, ≥ 3:1", at, ring.Style, ring.Width, ring.Ratio)
					}
				}
			})
		}
	}
	t.Logf("axe ran on %d focused stops", runs)
}
