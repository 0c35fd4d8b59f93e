package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/app/content"
	"storecast/e2e/harness"
)

// sgClock is the moment the template screens are drawn at, on the
// player's test clock: a Monday morning in Shanghai, inside the opening
// hours, so the pictures in docs/screenshots show the same time.
const sgClock = "2026-12-07T10:30:00%2B08:00"

// Every slide template and every layout, landscape and portrait, fills
// the screen: the slide, the panel and the ticker cover at least 90% of
// the viewport's height and width, nothing overflows sideways, the price
// is on screen, no text is smaller than 2.2% of the screen's short side,
// and axe-core finds nothing. `-update` (make screenshots) saves each to
// docs/screenshots.
func TestSignageTemplateScreenshots(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	byTitle := map[string]string{}
	for _, p := range serverPromotions(t, s) {
		byTitle[p.Title.In(content.LocaleEn)] = p.ID
	}
	strawberries, milk, towels, oranges := byTitle["Fresh strawberries"], byTitle["Organic milk"], byTitle["Kitchen towels"], byTitle["Gannan navel oranges"]
	if strawberries == "" || milk == "" || towels == "" || oranges == "" {
		t.Fatalf("demo promotions = %v; want strawberries, milk, towels and oranges", byTitle)
	}
	sgCreate(t, s, "/api/v1/campaigns", map[string]any{
		"title":    map[string]string{"en": "¥5 off strawberries", "zh-Hans": "草莓立减5元", "zh-Hant": "草莓立減5元"},
		"offer":    map[string]string{"en": "Scan, show the code at the till", "zh-Hans": "扫码领券，结账出示即可", "zh-Hant": "掃碼領券，結帳出示即可"},
		"quantity": 200, "per_device": 1, "window_minutes": 1440, "coupon_minutes": 1440, "status": "live",
		"promotion": strawberries,
	})
	power := map[string]any{"schedules": []any{map[string]any{"hours": []any{map[string]string{"open": "08:00", "close": "22:00"}}}}}
	if st := s.API(t, http.MethodPut, "/api/v1/power", power, nil); st != http.StatusOK && st != http.StatusNoContent {
		t.Fatalf("PUT power = %d", st)
	}
	promo := func(id, tpl string) map[string]any {
		return sgSlide("p", "promotion", 600, "promotion", id, "template", tpl)
	}
	shots := []struct {
		name, lang, layout, kind, template string
		slide                              map[string]any // nil: no playlist, the default rotation
	}{
		{"signage-default", "zh-Hans", "zones", "fallback", "split", nil},
		{"signage-template-picture", "zh-Hans", "full", "promotion", "picture", promo(oranges, "picture")},
		{"signage-template-split", "en", "full", "promotion", "split", promo(milk, "split")},
		{"signage-template-brand", "zh-Hant", "full", "promotion", "brand", promo(towels, "")},
		{"signage-template-coupon", "zh-Hans", "full", "promotion", "coupon", promo(strawberries, "")},
		{"signage-zones", "en", "zones", "promotion", "picture", promo(strawberries, "picture")},
		{"signage-ticker-offer", "zh-Hans", "ticker", "promotion", "split", promo(milk, "")},
	}
	page := kit.Tab(t, 1920, 1080)
	for _, sh := range shots {
		if sh.slide != nil {
			sgDefault(t, s, sgCreate(t, s, "/api/v1/playlists", map[string]any{"name": sh.name, "layout": sh.layout, "slides": []any{sh.slide}}))
		}
		for _, o := range []struct {
			name string
			w, h int
		}{{"landscape", 1920, 1080}, {"portrait", 1080, 1920}} {
			name := sh.name + "-" + o.name
			if err := chromedp.Do(page, chromedp.EmulateViewport(int64(o.w), int64(o.h), chromedp.EmulateScale(0.5))); err != nil {
				t.Fatal(err)
			}
			open(t, page, s.URL+"/signage?test=1&clock="+sgClock+"&lang="+sh.lang)
			waitJS(t, page, fmt.Sprintf(`(() => {
				const slot = document.querySelector(".sc-slot.is-current");
				const tpl = slot && slot.querySelector(".sc-slide.is-current .sc-tpl, .sc-frame > .sc-tpl");
				return slot && slot.dataset.kind === %q && tpl && tpl.dataset.template === %q
					&& document.fonts.status === "loaded" && innerWidth === %d
					&& [...document.querySelectorAll(".sc-slot.is-current img")].every((i) => i.complete);
			})()`, sh.kind, sh.template, o.w))
			waitJS(t, page, sgStill)
			frame(t, page)
			checkSignageFills(t, page, name, sh.layout)
			if *updateScreenshots {
				sgShot(t, page, filepath.Join("..", "docs", "screenshots", name+".png"))
			}
		}
	}
}

// sgFill is what checkSignageFills measures on the page.
type sgFill struct {
	CoverH, CoverW float64 // share of the viewport the slide, panel and ticker cover
	Overflow       string  // what sticks out sideways, if anything
	Price          string  // the price on screen, "" if hidden
	Smallest       float64 // smallest text on screen, px
	SmallestText   string
	Floor          float64 // 2.2% of the viewport's short side, px
	Panel, Ticker  bool
}

func checkSignageFills(t *testing.T, page context.Context, name, layout string) {
	t.Helper()
	var m sgFill
	raw := eval[string](t, page, `JSON.stringify((() => {
		const slot = document.querySelector(".sc-slot.is-current");
		const tpl = slot.querySelector(".sc-slide.is-current .sc-tpl, .sc-frame > .sc-tpl");
		const boxes = [tpl, document.querySelector(".sc-panel"), document.querySelector(".sc-ticker")]
			.filter(Boolean).map((e) => e.getBoundingClientRect());
		const cover = (lo, hi) => { // the union's length along one axis
			const iv = boxes.map((r) => [Math.max(0, r[lo]), Math.min(r[hi], lo === "top" ? innerHeight : innerWidth)])
				.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
			let sum = 0, end = -1;
			for (const [a, b] of iv) { if (b > end) { sum += b - Math.max(a, end); end = b; } }
			return sum;
		};
		let overflow = document.documentElement.scrollWidth > innerWidth ? "the page" : "";
		const shown = [...slot.querySelectorAll("*")].filter((e) => !e.closest(".sc-slide:not(.is-current)"));
		for (const e of shown) {
			const r = e.getBoundingClientRect();
			if (r.width && (r.left < -1 || r.right > innerWidth + 1)) { overflow = overflow || e.className.baseVal || e.className || e.tagName; }
		}
		const price = shown.find((e) => e.matches(".sc-price-now"));
		const pr = price && price.getBoundingClientRect();
		const priceOK = pr && pr.width > 0 && pr.top >= 0 && pr.bottom <= innerHeight && getComputedStyle(price).visibility === "visible";
		let smallest = 1e9, smallestText = "";
		const texts = [...shown, ...document.querySelectorAll(".sc-panel *, .sc-ticker *")];
		for (const e of texts) {
			if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
			const r = e.getBoundingClientRect();
			if (!r.width || getComputedStyle(e).visibility !== "visible") continue;
			const px = parseFloat(getComputedStyle(e).fontSize);
			if (px < smallest) { smallest = px; smallestText = e.className + ": " + e.textContent.trim().slice(0, 30); }
		}
		return {
			CoverH: cover("top", "bottom") / innerHeight, CoverW: cover("left", "right") / innerWidth,
			Overflow: String(overflow), Price: priceOK ? price.textContent : "",
			Smallest: smallest, SmallestText: smallestText, Floor: 0.022 * Math.min(innerWidth, innerHeight),
			Panel: !!document.querySelector(".sc-panel"), Ticker: !!document.querySelector(".sc-ticker"),
		};
	})())`)
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: covers %.0f%% × %.0f%%, smallest text %.1f px (floor %.1f): %s", name, m.CoverW*100, m.CoverH*100, m.Smallest, m.Floor, m.SmallestText)
	if m.CoverH < 0.9 || m.CoverW < 0.9 {
		t.Errorf("%s: the slide, panel and ticker cover %.0f%% of the height and %.0f%% of the width; want at least 90%%", name, m.CoverH*100, m.CoverW*100)
	}
	if m.Overflow != "" {
		t.Errorf("%s: %s overflows sideways", name, m.Overflow)
	}
	if m.Price == "" {
		t.Errorf("%s: no price on screen", name)
	}
	if m.Smallest < m.Floor-0.5 {
		t.Errorf("%s: text %q is %.1f px; want at least %.1f (2.2%% of the short side)", name, m.SmallestText, m.Smallest, m.Floor)
	}
	if want := layout == "zones"; m.Panel != want {
		t.Errorf("%s: side panel shown = %v; want %v", name, m.Panel, want)
	}
	if want := layout != "full"; m.Ticker != want {
		t.Errorf("%s: ticker shown = %v; want %v", name, m.Ticker, want)
	}
	// What is on screen: the slot beneath, readied for the next slide, is
	// covered by this one (and hidden from screen readers).
	if vs := runAxe(t, page, false, ".sc-slot.is-current, .sc-panel, .sc-ticker"); len(vs) > 0 {
		t.Errorf("%s: axe-core found %d violations:%s", name, len(vs), describe(vs))
	}
}
