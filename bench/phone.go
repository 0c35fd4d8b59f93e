package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// The phone coupon page's budgets on first open: what a shopper's phone
// downloads (every response of the page, headers included) and when the
// QR code, its largest paint, is on screen.
const (
	phoneBytesBudget = 100 << 10
	phoneLCPBudget   = 1500
)

// Lighthouse's mobile preset as DevTools applies it ("Slow 4G": 150 ms
// round trips and 1.6 Mbit/s, times Lighthouse's factors for throttling
// in the browser rather than simulated), on a Moto G Power: 412 × 823 at
// 1.75, a 4× slower CPU.
const (
	phoneLatencyMs     = 562.5
	phoneDownBytesPerS = 1474.56 * 1024 / 8
	phoneUpBytesPerS   = 675 * 1024 / 8
	phoneCPUSlowdown   = 4
	phoneUserAgent     = "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
)

// lcpProbeJS records the page's largest contentful paint as the browser
// reports it, from before the page's own scripts.
const lcpProbeJS = `window.__scLCP = -1;
new PerformanceObserver(l => { for (const e of l.getEntries()) window.__scLCP = e.startTime; })
	.observe({type: "largest-contentful-paint", buffered: true});`

// transferredJS sums what the page's own requests took on the wire: the
// document and every resource, headers included (transferSize; 0 for
// what a cache or the worker answered).
const transferredJS = `performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
	.reduce((n, e) => n + e.transferSize, 0)`

// phoneDoneJS says the open is over: the page has painted and loaded,
// and its script has the coupon's status, or (a build whose coupon page
// is a go-app page, to compare with) its wasm has arrived.
const phoneDoneJS = `window.__scLCP > 0 && document.readyState === "complete" &&
	(document.documentElement.dataset.live === "1" ||
	 performance.getEntriesByType("resource").some(e => new URL(e.name).pathname.endsWith(".wasm")))`

// docJS is when the page's HTML had arrived, in ms since navigation
// start: what lies after it is the phone's own work.
const docJS = `performance.getEntriesByType("navigation")[0].responseEnd`

// phoneTiming is one open of the coupon page.
type phoneTiming struct{ bytes, doc, fcp, lcp float64 }

// productDoneJS says a product page's open is over: it has no script,
// so painted and loaded is all.
const productDoneJS = `window.__scLCP > 0 && document.readyState === "complete"`

// benchPhone opens a claimed coupon's page, and then a product's page (a
// shelf label's QR code), runs times each on a first visit (a new browser
// context: empty cache, no worker) under the mobile preset.
func benchPhone(ctx context.Context, res *Results, b *harness.Browser, s *server, runs int) error {
	code, err := claimCoupon(ctx, s)
	if err != nil {
		return err
	}
	if err := phoneFirstOpens(ctx, res, b, "phone /c/{code}", s.URL+"/c/"+code+"?lang=zh-Hans", phoneDoneJS, runs); err != nil {
		return err
	}
	product := map[string]any{"sku": "BENCH-P1", "name": map[string]string{"en": "Jasmine tea", "zh-Hans": "茉莉花茶"},
		"price": 2990, "unit": "250 g", "aisle": "4"}
	if err := s.api(ctx, "POST", "/api/v1/products", product, nil); err != nil {
		return err
	}
	return phoneFirstOpens(ctx, res, b, "phone /p/{sku}", s.URL+"/p/BENCH-P1?lang=zh-Hans", productDoneJS, runs)
}

// phoneFirstOpens opens url runs times until done and adds section's rows:
// bytes and largest contentful paint against the phone's budgets.
func phoneFirstOpens(ctx context.Context, res *Results, b *harness.Browser, section, url, done string, runs int) error {
	var first []phoneTiming
	for i := range runs {
		t, err := phoneOpen(ctx, b, url, done)
		if err != nil {
			return fmt.Errorf("bench: %s run %d: %w", section, i, err)
		}
		first = append(first, t)
	}
	note := fmt.Sprintf("median of %d first opens; Lighthouse mobile as DevTools applies it: %.1f ms, %.2f Mbit/s, CPU %d×, 412×823",
		runs, phoneLatencyMs, phoneDownBytesPerS*8/1e6, phoneCPUSlowdown)
	res.atMost(section, "bytes transferred, first open", median(pickPhone(first, func(t phoneTiming) float64 { return t.bytes })), "B", phoneBytesBudget, "≤ 100 KB")
	res.Rows[len(res.Rows)-1].Note = note
	res.add(Row{Section: section, Name: "page arrived (responseEnd)", Value: median(pickPhone(first, func(t phoneTiming) float64 { return t.doc })), Unit: "ms"})
	res.add(Row{Section: section, Name: "first contentful paint", Value: median(pickPhone(first, func(t phoneTiming) float64 { return t.fcp })), Unit: "ms"})
	res.atMost(section, "largest contentful paint", median(pickPhone(first, func(t phoneTiming) float64 { return t.lcp })), "ms", phoneLCPBudget, "≤ 1.5 s")
	res.Rows[len(res.Rows)-1].Note = note
	return nil
}

// claimCoupon makes a live campaign and claims one coupon of it, as a
// kiosk would, and returns its code.
func claimCoupon(ctx context.Context, s *server) (string, error) {
	var c struct {
		ID string `json:"id"`
	}
	campaign := map[string]any{
		"title":    map[string]string{"en": "10% off fruit", "zh-Hans": "水果九折", "zh-Hant": "水果九折"},
		"offer":    map[string]string{"en": "On any fruit, today", "zh-Hans": "任意水果，限今天"},
		"quantity": 100, "per_device": 1, "window_minutes": 60, "coupon_minutes": 1440, "status": "live",
	}
	if err := s.api(ctx, "POST", "/api/v1/campaigns", campaign, &c); err != nil {
		return "", err
	}
	var claimed struct {
		Coupon struct {
			Code string `json:"code"`
		} `json:"coupon"`
	}
	// As a kiosk claims: with no credential (a staff token is refused).
	if _, err := s.CallAs(ctx, "", "POST", "/api/v1/kiosk/claims", map[string]string{"campaign": c.ID, "install": "bench-phone-install-01"}, &claimed); err != nil {
		return "", err
	}
	if claimed.Coupon.Code == "" {
		return "", errors.New("bench: phone: the claim returned no code")
	}
	return claimed.Coupon.Code, nil
}

// phoneOpen opens url once in a new browser context under the preset and
// waits until done holds (a coupon page: its script has the status).
func phoneOpen(ctx context.Context, b *harness.Browser, url, done string) (phoneTiming, error) {
	tab, cancel, err := b.NewContext(ctx, 412, 823)
	if err != nil {
		return phoneTiming{}, err
	}
	defer cancel()
	if err := emulatePhone(tab); err != nil {
		return phoneTiming{}, err
	}
	if err := navigate(tab, "about:blank"); err != nil {
		return phoneTiming{}, err
	}
	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: lcpProbeJS}); err != nil {
		return phoneTiming{}, err
	}
	if err := navigate(tab, url); err != nil {
		return phoneTiming{}, err
	}
	if err := harness.WaitJS(tab, 60*time.Second, done); err != nil {
		return phoneTiming{}, fmt.Errorf("the page never went live: %w", err)
	}
	var t phoneTiming
	for _, v := range []struct {
		to *float64
		js string
	}{{&t.bytes, transferredJS}, {&t.doc, docJS}, {&t.fcp, fcpJS}, {&t.lcp, "window.__scLCP"}} {
		if *v.to, err = harness.EvalJS[float64](tab, v.js); err != nil {
			return phoneTiming{}, err
		}
	}
	return t, nil
}

// emulatePhone applies the preset to the tab, for every later load.
func emulatePhone(tab context.Context) error {
	if _, err := chromedp.Call(tab, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: 412, Height: 823, DeviceScaleFactor: 1.75, Mobile: true}); err != nil {
		return fmt.Errorf("device metrics: %w", err)
	}
	if _, err := chromedp.Call(tab, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: phoneUserAgent}); err != nil {
		return fmt.Errorf("user agent: %w", err)
	}
	if _, err := chromedp.Call(tab, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: phoneCPUSlowdown}); err != nil {
		return fmt.Errorf("cpu throttling: %w", err)
	}
	phone := link{phoneLatencyMs, phoneDownBytesPerS, phoneUpBytesPerS}
	if _, err := emulateLink(tabDevtools(tab), []string{emulateByRule, emulateWholePage}, phone); err != nil {
		return err
	}
	if _, err := chromedp.Call(tab, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return err
	}
	return nil
}

func pickPhone(ts []phoneTiming, f func(phoneTiming) float64) []float64 {
	out := make([]float64, len(ts))
	for i, t := range ts {
		out[i] = f(t)
	}
	return out
}
