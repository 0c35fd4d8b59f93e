package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp/kb"

	"storecast/e2e/harness"
)

// fillRoute is a kiosk screen that fills the screen, and how many choices
// it offers over all its pages.
type fillRoute struct {
	kioskRoute
	items int
}

// fillRoutes are the screens with the store's content: the menu's six
// choices; a tile for all offers and one per category with offers (and
// "other" for offers in none); every offer.
func fillRoutes(t *testing.T, s *harness.Server) []fillRoute {
	t.Helper()
	var list struct {
		Promotions []struct {
			Category string `json:"category"`
		} `json:"promotions"`
	}
	if code := s.API(t, "GET", "/api/v1/promotions", nil, &list); code != 200 {
		t.Fatalf("GET promotions = %d", code)
	}
	cats := map[string]bool{}
	for _, p := range list.Promotions {
		cats[p.Category] = true
	}
	groups := 1 + len(cats) // all, each category ("" is other)
	if cats[""] && len(cats) == 1 {
		groups-- // no category at all: other would be all again
	}
	return []fillRoute{
		{kioskRoute{"attract", "/kiosk?lang=en", `document.querySelector(".sc-attract-slide .sc-promo-title")`}, 0},
		{kioskRoute{"menu", "/kiosk/menu?lang=en", `document.querySelector(".sc-menu .sc-choice")`}, 6},
		{kioskRoute{"offers", "/kiosk/offers?lang=en", `document.querySelector(".sc-menu a[href*='cat=']")`}, groups},
		{kioskRoute{"offers-all", "/kiosk/offers?cat=all&lang=en", `document.querySelector(".sc-offer-list .sc-choice")`}, len(list.Promotions)},
	}
}

// maxBlank is the most of the screen's height that may be left empty
// below a screen's content.
const maxBlank = 0.10

// fill is what fillJS measures on one page of a screen.
type fill struct {
	Blank    float64  `json:"blank"`    // empty height below the content, of the viewport's
	Overflow float64  `json:"overflow"` // px of main that would scroll
	Outside  []string `json:"outside"`  // controls not wholly on screen
	Covered  []string `json:"covered"`  // controls with something else over their middle
	Items    int      `json:"items"`    // tiles on this page
	MinSide  float64  `json:"minSide"`  // the smallest side of a tile or paging choice, px
	Next     bool     `json:"next"`
	Prev     bool     `json:"prev"`
	Where    string   `json:"where"` // "Page 1 of 2"; "" without paging
}

// fillJS measures the empty band under the content: from the bottom of
// main's lowest visible element to the top of the accessibility bar, and
// anything under the bar. Every link and button (and anything with their
// roles) must be wholly inside the viewport, except the skip link, which
// is kept off screen until it has focus; and nothing may lie over the
// middle of a control in main.
const fillJS = `(() => {
	const main = document.querySelector("main"), bar = document.querySelector(".sc-a11y");
	const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
	let bottom = main.getBoundingClientRect().top;
	for (const el of main.querySelectorAll("*")) {
		if (!shown(el)) continue;
		const r = el.getBoundingClientRect();
		if (r.height > 0) bottom = Math.max(bottom, r.bottom);
	}
	const b = bar.getBoundingClientRect();
	const blank = (Math.max(0, b.top - bottom) + Math.max(0, innerHeight - b.bottom)) / innerHeight;
	const outside = [];
	for (const el of document.querySelectorAll("a[href], button, [role=button], [role=link]")) {
		if (!shown(el) || el.classList.contains("sc-skip") || el.closest("[hidden]")) continue;
		const r = el.getBoundingClientRect();
		if (r.top < -0.5 || r.left < -0.5 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) {
			outside.push((el.getAttribute("data-say") || el.innerText).slice(0, 40) + " at " + Math.round(r.top) + ".." + Math.round(r.bottom));
		}
	}
	const covered = [];
	for (const el of main.querySelectorAll("a[href], button")) {
		if (!shown(el) || el.closest("[hidden]")) continue;
		const r = el.getBoundingClientRect();
		const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		if (top && !el.contains(top)) covered.push((el.getAttribute("data-say") || el.innerText).slice(0, 40) + " under " + top.tagName.toLowerCase() + "." + String(top.className).split(" ").join("."));
	}
	let minSide = 1e9;
	for (const el of main.querySelectorAll(".sc-tiles .sc-choice, .sc-more .sc-choice, .sc-start")) {
		const r = el.getBoundingClientRect();
		minSide = Math.min(minSide, r.width, r.height);
	}
	const pos = document.querySelector(".sc-more .sc-page-position");
	return JSON.stringify({
		blank, overflow: main.scrollHeight - main.clientHeight, outside, covered, minSide,
		items: main.querySelectorAll(".sc-tiles .sc-choice").length,
		next: !!document.querySelector(".sc-more .sc-page-next"),
		prev: !!document.querySelector(".sc-more .sc-page-prev"),
		where: pos ? pos.innerText : "",
	});
})()`

func measureFill(t *testing.T, ctx context.Context) fill {
	t.Helper()
	var f fill
	if err := json.Unmarshal([]byte(eval[string](t, ctx, fillJS)), &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestKioskFillsScreen opens the attract loop, the menu, the offers'
// categories and a category's offers in every mode, portrait and
// landscape, and checks each page of each: at most a tenth of the
// screen's height is left blank under the content, nothing scrolls and no
// control is off screen, axe finds nothing, and where the choices are
// more than a page holds, "next page" and "previous page" go through
// every one of them; every tile and paging choice is 60 px or more.
func TestKioskFillsScreen(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	report := map[string]string{}
	t.Cleanup(func() {
		keys := make([]string, 0, len(report))
		for k := range report {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			t.Logf("%-34s %s", k, report[k])
		}
	})
	for _, vp := range []struct {
		name string
		w, h int
	}{{"portrait", 1080, 1920}, {"landscape", 1920, 1080}} {
		t.Run(vp.name, func(t *testing.T) {
			t.Parallel()
			tab, _, s := kioskToWalkOn(t, vp.w, vp.h)
			routes := fillRoutes(t, s)
			for _, mode := range kioskModes {
				for _, r := range routes {
					t.Run(modeName(mode)+"/"+r.name, func(t *testing.T) {
						blanks := checkFill(t, tab, mode, r.kioskRoute, r.items)
						mu.Lock()
						report[vp.name+"/"+modeName(mode)+"/"+r.name] = blanks
						mu.Unlock()
					})
				}
			}
		})
	}
}

// checkFill walks every page of route r in mode and checks each; it
// returns the blank fraction and smallest tile of each page, for the log.
func checkFill(t *testing.T, tab context.Context, mode string, r kioskRoute, items int) string {
	t.Helper()
	goKiosk(t, tab, withModes(r.url, mode), r.ready)
	var blanks []string
	seen := 0
	for page := 1; ; page++ {
		f := measureFill(t, tab)
		blanks = append(blanks, fmt.Sprintf("%4.1f%% blank, smallest tile %3.0f px;", 100*f.Blank, f.MinSide))
		if f.Blank > maxBlank {
			t.Errorf("page %d: %.1f%% of the screen blank under the content; want at most %.0f%%", page, 100*f.Blank, 100*maxBlank)
		}
		if f.Overflow > 1 {
			t.Errorf("page %d: the screen scrolls by %.0f px; want it to page instead", page, f.Overflow)
		}
		if len(f.Outside) > 0 {
			t.Errorf("page %d: controls off screen: %s", page, strings.Join(f.Outside, "; "))
		}
		if f.MinSide < 60 {
			t.Errorf("page %d: a tile or paging choice is %.0f px on its short side; want at least 60", page, f.MinSide)
		}
		if len(f.Covered) > 0 {
			t.Errorf("page %d: controls covered by something else: %s", page, strings.Join(f.Covered, "; "))
		}
		if vs := runAxe(t, tab, mode == "contrast" || mode == "elder", ""); len(vs) > 0 {
			t.Errorf("page %d: axe found %d violations:%s", page, len(vs), describe(vs))
		}
		if mode == "elder" && f.Items+btoi(f.Next)+btoi(f.Prev) > 4 {
			t.Errorf("page %d: elder mode offers %d choices; want at most 4", page, f.Items+btoi(f.Next)+btoi(f.Prev))
		}
		if want := fmt.Sprintf("Page %d of", page); f.Where != "" && !strings.HasPrefix(f.Where, want) {
			t.Errorf("page %d says %q; want %q…", page, f.Where, want)
		}
		if (page > 1) != f.Prev {
			t.Errorf("page %d: previous page shown %v; want %v", page, f.Prev, page > 1)
		}
		seen += f.Items
		if !f.Next {
			break
		}
		click(t, tab, ".sc-page-next")
		waitJS(t, tab, fmt.Sprintf(`location.search.includes("p=%d") && document.querySelector(".sc-page-position")?.innerText.startsWith("Page %d")`, page, page+1))
		frame(t, tab)
	}
	if seen != items {
		t.Errorf("the pages show %d choices in all; want %d", seen, items)
	}
	// And back the way it came, with "previous page".
	for page := len(blanks); page > 1; page-- {
		click(t, tab, ".sc-page-prev")
		waitJS(t, tab, fmt.Sprintf(`document.querySelector(".sc-page-position")?.innerText.startsWith("Page %d ")`, page-1))
	}
	return strings.Join(blanks, " ")
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestKioskPagingByKeypadAndVoice pages the menu of a landscape kiosk in
// elder mode with voice on, by keypad alone: the screen says where the
// shopper is and offers "next page" among its four choices, the arrows
// reach it and say it, Enter turns the page, and "back to page 1" comes
// back, focus never on nothing.
func TestKioskPagingByKeypadAndVoice(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1920, 1080)
	beforeLoad(t, tab, speechRecorder)
	open(t, tab, s.URL+"/kiosk/menu?lang=en&m=voice.elder")
	first := "How can we help? Page 1 of 2. 4 choices: Offers, Coupons, Price check, Next page."
	waitSpoken(t, tab, 0, "when the menu opens", says(first))

	m := mark(t, tab)
	arrowTo(t, tab, ".sc-page-next")
	waitSpoken(t, tab, m, "when focus lands on next page", says("Next page"))
	m = mark(t, tab)
	press(t, tab, kb.Enter, "Enter on next page")
	waitJS(t, tab, `location.search.includes("p=1")`)
	second := "How can we help? Page 2 of 2. 4 choices: Store events, Help, My points, Back to page 1."
	waitSpoken(t, tab, m, "when page 2 opens", says(second))
	focusKept(t, tab, "page 2 opening")

	arrowTo(t, tab, ".sc-page-prev")
	press(t, tab, kb.Enter, "Enter on back to page 1")
	waitJS(t, tab, `!location.search.includes("p=") && document.querySelector(".sc-page-next")`)
	focusKept(t, tab, "page 1 opening again")
}

// arrowTo presses ArrowDown until focus is on selector.
func arrowTo(t *testing.T, tab context.Context, selector string) {
	t.Helper()
	for range 12 {
		if eval[bool](t, tab, fmt.Sprintf(`document.activeElement.matches(%q)`, selector)) {
			return
		}
		press(t, tab, kb.ArrowDown, "ArrowDown towards "+selector)
	}
	t.Fatalf("ArrowDown never reached %s", selector)
}

// TestKioskTurnsItsTiles turns a kiosk from landscape to portrait on the
// menu in large text: three tiles and "next page" become all six tiles
// on one page, with no reload.
func TestKioskTurnsItsTiles(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1920, 1080)
	open(t, tab, s.URL+"/kiosk/menu?lang=en&m=large")
	waitJS(t, tab, `document.querySelector(".sc-page-next") && document.querySelectorAll(".sc-menu .sc-choice").length === 3`)
	eval[bool](t, tab, `(window.scSamePage = true)`)
	setViewport(t, tab, 1080, 1920, 1)
	waitJS(t, tab, `!document.querySelector(".sc-more") && document.querySelectorAll(".sc-menu .sc-choice").length === 6`)
	if !eval[bool](t, tab, `window.scSamePage === true`) {
		t.Error("the page reloaded when the screen turned")
	}
	if f := measureFill(t, tab); f.Blank > maxBlank || f.Overflow > 1 || len(f.Outside) > 0 {
		t.Errorf("after turning: %.1f%% blank, scrolls %.0f px, off screen %v", 100*f.Blank, f.Overflow, f.Outside)
	}
}
