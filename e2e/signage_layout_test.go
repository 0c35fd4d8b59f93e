package e2e

import (
	"bytes"
	"context"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storecast/app/qr/qrtest"
	"storecast/e2e/harness"
)

// Full and ticker layouts, landscape and portrait, draw what they should
// without overflowing; `-update` (make screenshots) saves them to
// docs/screenshots. A coupon slide's QR code, read from the screen,
// opens a claim page that gets this phone a coupon.
func TestSignageLayoutsAndCouponQR(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	promos := serverPromotions(t, s)
	campaign := sgCreate(t, s, "/api/v1/campaigns", map[string]any{
		"title":    map[string]string{"en": "10% off all fruit", "zh-Hans": "水果九折", "zh-Hant": "水果九折"},
		"offer":    map[string]string{"en": "On any fruit, today only", "zh-Hans": "今日任意水果可用", "zh-Hant": "今日任意水果可用"},
		"quantity": 100, "per_device": 1, "window_minutes": 60, "coupon_minutes": 120, "status": "live",
	})
	long := map[string]string{
		"zh-Hans": "欢迎光临！本店所有商品线上线下同价。今日新鲜水果、蔬菜和乳制品均有特价，结账时出示优惠券即可使用。",
		"en":      "Welcome! Every product costs the same online and in store. Fresh fruit, vegetables and dairy are on offer today.",
	}
	shots := []struct {
		name, lang, layout, kind string
		w, h                     int
		slide                    map[string]any
	}{
		{"signage-full-landscape", "en", "full", "promotion", 1920, 1080, sgSlide("offer", "promotion", 600, "promotion", promos[0].ID)},
		{"signage-full-portrait", "zh-Hans", "full", "text", 1080, 1920, sgSlide("welcome", "text", 600, "text", long)},
		{"signage-ticker-landscape", "en", "ticker", "coupon", 1920, 1080, sgSlide("fruit", "coupon", 600, "campaign", campaign)},
		{"signage-ticker-portrait", "zh-Hant", "ticker", "promotion", 1080, 1920, sgSlide("offer2", "promotion", 600, "promotion", promos[1].ID)},
	}
	page := kit.Tab(t, 1920, 1080)
	for _, sh := range shots {
		sgDefault(t, s, sgPlaylist(t, s, sh.name, sh.layout, sh.slide))
		if err := chromedp.Do(page, chromedp.EmulateViewport(int64(sh.w), int64(sh.h), chromedp.EmulateScale(0.5))); err != nil {
			t.Fatal(err)
		}
		open(t, page, s.URL+"/signage?lang="+sh.lang)
		waitJS(t, page, `(document.querySelector(".sc-slot.is-current")||{dataset:{}}).dataset.kind === "`+sh.kind+`"
			&& document.fonts.status === "loaded"
			&& [...document.querySelectorAll(".sc-slot.is-current img")].every((i) => i.complete)`)
		waitJS(t, page, sgStill) // the fade from the first slide is over
		frame(t, page)
		hasTicker := eval[bool](t, page, `document.querySelector(".sc-ticker .sc-ticker-item") !== null`)
		if hasTicker != (sh.layout == "ticker") {
			t.Errorf("%s: ticker shown = %v; want %v", sh.name, hasTicker, sh.layout == "ticker")
		}
		// Nothing in the slide spills out of its zone.
		spill := eval[string](t, page, `(() => {
			const slot = document.querySelector(".sc-slot.is-current").getBoundingClientRect();
			for (const el of document.querySelectorAll(".sc-slot.is-current *")) {
				const r = el.getBoundingClientRect();
				if (r.width && (r.left < slot.left - 1 || r.right > slot.right + 1 || r.top < slot.top - 1 || r.bottom > slot.bottom + 1)) return el.className || el.tagName;
			}
			const fit = document.querySelector(".sc-slot.is-current .sc-fit");
			if (fit && (fit.scrollHeight > fit.clientHeight + 1 || fit.scrollWidth > fit.clientWidth + 1)) return "text overflows its zone";
			if (fit && parseFloat(fit.style.fontSize) < 24) return "text fitted to " + fit.style.fontSize;
			return "";
		})()`)
		if spill != "" {
			t.Errorf("%s: %s spills out of the slide", sh.name, spill)
		}
		if *updateScreenshots {
			sgShot(t, page, filepath.Join("..", "docs", "screenshots", sh.name+".png"))
		}
		if sh.kind == "coupon" {
			checkClaimQR(t, s, page, campaign)
		}
	}
}

func sgShot(t *testing.T, page context.Context, path string) {
	t.Helper()
	buf, err := chromedp.Run(page, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sgStill holds once no slot is fading in or out.
const sgStill = `[...document.querySelectorAll(".sc-slot")].every((s) => s.getAnimations().length === 0)`

// checkClaimQR reads the coupon slide's QR code from the screen, opens it as
// a phone would, and expects a coupon of the campaign.
func checkClaimQR(t *testing.T, s *harness.Server, page context.Context, campaign string) {
	t.Helper()
	if err := chromedp.Do(page, chromedp.EmulateViewport(1920, 1080)); err != nil {
		t.Fatal(err)
	}
	waitJS(t, page, `innerWidth === 1920 && `+sgStill)
	frame(t, page) // laid out at the new size
	shot, err := chromedp.Run(page, chromedp.Screenshot(chromedp.CSS(".sc-slot.is-current .sc-qr")))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	claim, err := qrtest.ReadImage(img)
	if err != nil {
		t.Fatalf("the coupon slide's QR code does not read: %v", err)
	}
	u, err := url.Parse(claim)
	if err != nil || u.Host != s.Addr || u.Path != "/claim/"+campaign {
		t.Fatalf("QR code says %q; want %s/claim/%s", claim, s.URL, campaign)
	}
	phone := harness.NewTab(t, page)
	if err := chromedp.Do(phone, chromedp.Navigate(claim)); err != nil {
		t.Fatal(err)
	}
	code := sgCouponCode(t, phone)
	// Scanning again on the same phone shows the same coupon.
	if err := chromedp.Do(phone, chromedp.Navigate(claim)); err != nil {
		t.Fatal(err)
	}
	if again := sgCouponCode(t, phone); again != code || !strings.Contains(code, "-") {
		t.Fatalf("second scan shows coupon %q; want %q again", again, code)
	}
}

// sgCouponCode waits for the phone to show a coupon page and returns its code.
func sgCouponCode(t *testing.T, phone context.Context) string {
	t.Helper()
	const expr = `location.pathname.startsWith("/c/") ? ((document.querySelector(".sc-coupon-code") || {}).textContent || "") : ""`
	waitJS(t, phone, "("+expr+`) !== ""`)
	return eval[string](t, phone, expr)
}
