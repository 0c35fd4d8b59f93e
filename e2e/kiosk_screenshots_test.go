package e2e

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

var updateScreenshots = flag.Bool("update", false, "save the kiosk screenshots into docs/screenshots (make screenshots)")

// shotModes pairs each mode with a language, so the pictures show all
// three languages as well as every mode.
var shotModes = []struct{ modes, lang string }{
	{"", "zh-Hans"}, {"large", "en"}, {"contrast", "zh-Hant"}, {"voice", "en"}, {"elder", "zh-Hans"},
}

// shotOrientations are the kiosk's two screens, and what the name of a
// picture of each ends with.
var shotOrientations = []struct {
	w, h   int
	suffix string
}{{1080, 1920, ""}, {1920, 1080, "-landscape"}}

// TestKioskScreenshots saves a picture of every kiosk screen in every mode,
// portrait (1080×1920) and landscape (1920×1080), at half scale, so a
// person can look at them. It runs only with -update: `make screenshots`.
func TestKioskScreenshots(t *testing.T) {
	t.Parallel()
	if !*updateScreenshots {
		t.Skip("run with -update (make screenshots) to save the kiosk screenshots")
	}
	s := kit.Server(t, harness.Options{})
	tab := kit.Tab(t, 1080, 1920)
	setViewport(t, tab, 1080, 1920, 0.5)
	open(t, tab, s.URL+"/kiosk")
	offer := firstPromotionID(t, s)
	kioskCampaign(t, s, "10% off fruit", offer, 1000, 100)
	dir := filepath.Join("..", "docs", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, o := range shotOrientations {
		setViewport(t, tab, o.w, o.h, 0.5)
		for _, m := range shotModes {
			for _, r := range kioskRoutes(offer) {
				url := withModes(strings.Replace(r.url, "lang=en", "lang="+m.lang, 1), m.modes)
				url = strings.Replace(url, "?lang=zh-Hans&", "?", 1)
				url = strings.Replace(url, "?lang=zh-Hans", "", 1)
				url = strings.Replace(url, "&lang=zh-Hans", "", 1)
				goKiosk(t, tab, url, r.ready)
				if r.name == "price" {
					searchFor(t, tab, "milk")
				}
				if r.name == "coupon" {
					getCoupon(t, tab)
				}
				shot(t, tab, filepath.Join(dir, name(r.name, m.modes)+o.suffix+".png"))
			}
		}
	}
	setViewport(t, tab, 1080, 1920, 0.5)
	// The price check's own keypad: pinyin initials typed, and a
	// category opened; in landscape too.
	keypadShots(t, tab, dir)

	// The idle warning, in the standard mode.
	goKiosk(t, tab, "/kiosk/menu?lang=en", "")
	idleWarning(t, tab, 60)
	shot(t, tab, filepath.Join(dir, "idle-warning.png"))
}

func keypadShots(t *testing.T, tab context.Context, dir string) {
	t.Helper()
	goKiosk(t, tab, "/kiosk/price", `document.querySelector("#sc-key-c")`)
	click(t, tab, "#sc-key-clear")
	click(t, tab, "#sc-key-c")
	click(t, tab, "#sc-key-m")
	waitJS(t, tab, `document.querySelector("#sc-q").value === "cm" && document.querySelector(".sc-product")`)
	shot(t, tab, filepath.Join(dir, "keypad-standard.png"))
	goKiosk(t, tab, "/kiosk/price?lang=en&m=large", `document.querySelector("#sc-browse-fresh")`)
	click(t, tab, "#sc-browse-fresh")
	waitJS(t, tab, `document.querySelector(".sc-product")`)
	shot(t, tab, filepath.Join(dir, "keypad-browse-large.png"))
	setViewport(t, tab, 1920, 1080, 0.5)
	goKiosk(t, tab, "/kiosk/price?lang=zh-Hant&m=contrast", `document.querySelector("#sc-key-c")`)
	click(t, tab, "#sc-key-clear")
	for _, k := range []string{"n", "i", "u"} {
		click(t, tab, "#sc-key-"+k)
	}
	waitJS(t, tab, `document.querySelector("#sc-q").value === "niu" && document.querySelector(".sc-product")`)
	shot(t, tab, filepath.Join(dir, "keypad-landscape-contrast.png"))
	setViewport(t, tab, 1080, 1920, 0.5)
}

func name(route, modes string) string {
	if modes == "" {
		modes = "standard"
	}
	return route + "-" + modes
}

// searchFor types a query into the price check and waits for the answer.
func searchFor(t *testing.T, ctx context.Context, q string) {
	t.Helper()
	err := chromedp.Do(ctx, chromedp.Focus("#sc-q"), chromedp.SendKeys("#sc-q", q+"\r"))
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	waitJS(t, ctx, `document.querySelector(".sc-results, .sc-error")`)
}

func shot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
}
