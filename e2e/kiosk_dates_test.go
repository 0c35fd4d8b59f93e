package e2e

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// TestKioskDatesInStoreZone runs the kiosk in a browser whose clock is on
// UTC for a store in Beijing (the server's default zone). An offer that
// ends at 05:00 Beijing time is still the day before in UTC: the kiosk
// must say Beijing's day, in words, never an ISO date; a coupon's expiry
// is its Beijing time and day.
func TestKioskDatesInStoreZone(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{Args: []string{"--timezone", "Asia/Shanghai"}})
	beijing := time.FixedZone("CST", 8*3600)
	now := time.Now().In(beijing)
	y, m, d := now.Date()
	last := time.Date(y, m, d+3, 0, 0, 0, 0, beijing)
	end := last.Add(5 * time.Hour) // 21:00 UTC the day before
	var p struct {
		ID string `json:"id"`
	}
	if code := s.API(t, http.MethodPost, "/api/v1/promotions", map[string]any{
		"title": map[string]string{"en": "Dates offer", "zh-Hans": "日期优惠"}, "price": 990,
		"priority": 1000, "valid_to": end.UTC(),
	}, &p); code != http.StatusCreated {
		t.Fatalf("POST promotion = %d", code)
	}
	kioskCampaign(t, s, "Dates coupon", p.ID, 100, 10)

	tab := kit.Tab(t, 1080, 1920)
	do(t, tab, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := cdp.Call(ctx, target, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: "UTC"})
		return err
	}))
	open(t, tab, s.URL+"/kiosk/menu?lang=en")
	if off := eval[int](t, tab, `new Date().getTimezoneOffset()`); off != 0 {
		t.Fatalf("browser's zone offset = %d min; want UTC", off)
	}
	weekdays := []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}
	for _, c := range []struct{ lang, want string }{
		{"en", "Until " + englishDay(last, now)},
		{"zh-Hans", fmt.Sprintf("截至 %d月%d日 %s", last.Month(), last.Day(), weekdays[last.Weekday()])},
	} {
		goKiosk(t, tab, "/kiosk/offer?lang="+c.lang+"&cat=all&id="+p.ID, `document.querySelector(".sc-offer .sc-promo-until")`)
		if got := eval[string](t, tab, `document.querySelector(".sc-offer .sc-promo-until").innerText`); got != c.want {
			t.Errorf("%s: offer's end = %q; want %q", c.lang, got, c.want)
		}
	}

	// The offers' picture grid says the last day too, on the offer's tile.
	tile := fmt.Sprintf(`document.querySelector(".sc-offer-list a[href*='id=%s']")`, p.ID)
	goKiosk(t, tab, "/kiosk/offers?lang=en&cat=all", tile)
	if got, want := eval[string](t, tab, tile+`.querySelector(".sc-choice-hint:last-child").innerText`), "Until "+englishDay(last, now); got != want {
		t.Errorf("offer's tile says %q; want %q", got, want)
	}

	goKiosk(t, tab, "/kiosk/offer?lang=en&cat=all&id="+p.ID, `document.querySelector(".sc-offer-actions .sc-coupon-get")`)
	before := time.Now()
	getCoupon(t, tab)
	after := time.Now()
	// The coupon is good for 1440 minutes from its claim: tomorrow, at
	// the time of day it was claimed, on Beijing's clock.
	got := eval[string](t, tab, `document.querySelector(".sc-kc-valid").innerText`)
	var want []string
	for _, at := range []time.Time{before, after} {
		want = append(want, "Valid until "+at.Add(24*time.Hour).In(beijing).Format("15:04")+" tomorrow")
	}
	if got != want[0] && got != want[1] {
		t.Errorf("coupon's expiry = %q; want %q", got, want[0])
	}
}

// englishDay is how the kiosk says day in English, seen from now.
func englishDay(day, now time.Time) string {
	if day.Year() != now.Year() {
		return fmt.Sprintf("%s, %d %s %d", day.Weekday(), day.Day(), day.Month(), day.Year())
	}
	return fmt.Sprintf("%s, %d %s", day.Weekday(), day.Day(), day.Month())
}
