package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// Start-up budgets, in milliseconds, under the emulation below: a screen
// switched on shows its prerendered content at once, and is live soon
// after, sooner when its service worker has the app.
const (
	fcpBudget      = 500
	coldLiveBudget = 3000
	warmLiveBudget = 1000
)

// Kiosk-class emulation: a cheap Android box on store Wi-Fi.
const (
	cpuSlowdown  = 4
	netLatencyMs = 20
	netBytesPerS = 20e6 / 8 // 20 Mbit/s
)

// liveProbeJS runs before any of the page's own scripts and records, in
// ms since navigation start, when <html> first gets data-live="1". It
// observes the document itself because <html> does not exist yet. It also
// marks, in window.__scMarks, when the wasm was compiled and when the feed
// sent its hello, which splits the time to live into download, compile, Go
// start-up and first render, and the feed's first snapshot.
const liveProbeJS = `window.__scMarks = {};
(() => {
	const mark = (k) => { if (window.__scMarks[k] === undefined) window.__scMarks[k] = performance.now(); };
	const instantiate = WebAssembly.instantiateStreaming;
	WebAssembly.instantiateStreaming = async function(...args) {
		const r = await instantiate.apply(this, args);
		mark("compiled");
		return r;
	};
	const send = WebSocket.prototype.send;
	WebSocket.prototype.send = function(...args) { mark("hello"); return send.apply(this, args); };
})();
new MutationObserver(() => {
	if (window.__scLive === undefined && document.documentElement && document.documentElement.dataset.live === "1") {
		window.__scLive = performance.now();
	}
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-live"]});`

// fcpJS is the first contentful paint of the page, in ms since navigation
// start, or -1 when the browser recorded none.
const fcpJS = `(performance.getEntriesByName("first-contentful-paint")[0] || {startTime: -1}).startTime`

// wasmJS is when app.wasm had arrived (ms since navigation start; from
// the service worker's cache on a warm load), or -1. What lies between it
// and data-live is compiling and starting the Go program and its
// WebSocket's first snapshot.
const wasmJS = `(performance.getEntriesByType("resource").find(e => e.name.includes("/web/app.wasm")) || {responseEnd: -1}).responseEnd`

// loadTiming is one page load.
type loadTiming struct{ fcp, wasm, compiled, hello, live float64 }

// startupConfig is what the start-up section measures.
type startupConfig struct {
	Runs    int      // cold and warm loads each
	Pages   []string // paths, with their query
	Offers  int      // offers added to the demo's before measuring
	JSFlags string   // the browser's V8 flags, for the note
}

// benchStartup measures each page path under kiosk-class emulation, in
// one browser: a page that fails does not stop the others.
func benchStartup(ctx context.Context, res *Results, b *harness.Browser, s *server, sc startupConfig) error {
	if err := addOffers(ctx, s, sc.Offers); err != nil {
		return err
	}
	var errs []error
	for _, path := range sc.Pages {
		if err := startupPage(ctx, b, res, s.URL, path, sc); err != nil {
			errs = append(errs, fmt.Errorf("bench: start-up %s: %w", path, err))
		}
	}
	return errors.Join(errs...)
}

// addOffers publishes n more offers like the demo's: a title, a price and
// the first demo offer's image, so pages hold n more cards to render.
func addOffers(ctx context.Context, s *server, n int) error {
	if n == 0 {
		return nil
	}
	var list struct {
		Promotions []struct {
			Image string `json:"image"`
		} `json:"promotions"`
	}
	if err := s.api(ctx, "GET", "/api/v1/promotions", nil, &list); err != nil {
		return err
	}
	image := ""
	for _, p := range list.Promotions {
		if p.Image != "" {
			image = p.Image
			break
		}
	}
	for i := range n {
		body := promotion(fmt.Sprintf("Bench offer %d", i+1), 1)
		body["image"], body["was_price"] = image, 1290
		if err := s.api(ctx, "POST", "/api/v1/promotions", body, nil); err != nil {
			return err
		}
	}
	return nil
}

// startupPage loads base+path runs times cold (a new browser context each
// time: empty cache, no service worker) and runs times warm (one context
// whose service worker has installed).
func startupPage(ctx context.Context, b *harness.Browser, res *Results, base, path string, sc startupConfig) error {
	section := "start-up " + strings.SplitN(path, "?", 2)[0]
	url := base + path
	var cold []loadTiming
	for i := range sc.Runs {
		t, err := coldLoad(ctx, b, url)
		if err != nil {
			return fmt.Errorf("cold run %d: %w", i, err)
		}
		cold = append(cold, t)
	}
	warm, err := warmLoads(ctx, b, url, sc.Runs)
	if err != nil {
		return fmt.Errorf("warm: %w", err)
	}

	note := fmt.Sprintf("median of %d; CPU %d×, 20 Mbit/s, %d ms", sc.Runs, cpuSlowdown, netLatencyMs)
	if sc.JSFlags != "" {
		note += "; js-flags " + sc.JSFlags
	}
	if sc.Offers > 0 {
		note += fmt.Sprintf("; %d more offers", sc.Offers)
	}
	rows := []struct {
		name   string
		value  float64
		limit  float64
		budget string
	}{
		{"first contentful paint, cold", median(pick(cold, fcpOf)), fcpBudget, "≤ 0.5 s"},
		{"app.wasm arrived, cold", median(pick(cold, wasmOf)), 0, "responseEnd of /web/app.wasm"},
		{"wasm compiled, cold", median(pick(cold, compiledOf)), 0, "instantiateStreaming resolved"},
		{"hello sent, cold", median(pick(cold, helloOf)), 0, "Go started, boot state read"},
		{"data-live, cold", median(pick(cold, liveOf)), coldLiveBudget, "≤ 3 s"},
		{"first contentful paint, warm", median(pick(warm, fcpOf)), fcpBudget, "≤ 0.5 s"},
		{"app.wasm arrived, warm", median(pick(warm, wasmOf)), 0, "responseEnd of /web/app.wasm"},
		{"wasm compiled, warm", median(pick(warm, compiledOf)), 0, "instantiateStreaming resolved"},
		{"hello sent, warm", median(pick(warm, helloOf)), 0, "Go started, boot state read"},
		{"data-live, warm (service worker)", median(pick(warm, liveOf)), warmLiveBudget, "≤ 1 s"},
	}
	for _, r := range rows {
		if r.limit == 0 {
			res.add(Row{Section: section, Name: r.name, Value: r.value, Unit: "ms", Note: r.budget})
			continue
		}
		res.atMost(section, r.name, r.value, "ms", r.limit, r.budget)
		res.Rows[len(res.Rows)-1].Note = note
	}
	return nil
}

func fcpOf(t loadTiming) float64      { return t.fcp }
func liveOf(t loadTiming) float64     { return t.live }
func wasmOf(t loadTiming) float64     { return t.wasm }
func compiledOf(t loadTiming) float64 { return t.compiled }
func helloOf(t loadTiming) float64    { return t.hello }

func pick(ts []loadTiming, f func(loadTiming) float64) []float64 {
	out := make([]float64, len(ts))
	for i, t := range ts {
		out[i] = f(t)
	}
	return out
}

// coldLoad opens url in a brand-new browser context, as a kiosk booting
// for the first time.
func coldLoad(ctx context.Context, b *harness.Browser, url string) (loadTiming, error) {
	tab, cancel, err := b.NewContext(ctx, 1280, 800)
	if err != nil {
		return loadTiming{}, err
	}
	defer cancel()
	if err := emulateKiosk(tab); err != nil {
		return loadTiming{}, err
	}
	if _, err := chromedp.Call(tab, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return loadTiming{}, err
	}
	return timedLoad(tab, url)
}

// warmLoads installs the service worker with one unmeasured load, then
// measures runs loads in the same context, each from a blank page.
func warmLoads(ctx context.Context, b *harness.Browser, url string, runs int) ([]loadTiming, error) {
	tab, cancel, err := b.NewContext(ctx, 1280, 800)
	if err != nil {
		return nil, err
	}
	defer cancel()
	if err := emulateKiosk(tab); err != nil {
		return nil, err
	}
	if _, err := timedLoad(tab, url); err != nil {
		return nil, err
	}
	// Resolves once the worker is active, i.e. has cached the app.
	ready := `navigator.serviceWorker.ready.then(() => true)`
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](ready, chromedp.EvalAwaitPromise)); err != nil {
		return nil, fmt.Errorf("service worker: %w", err)
	}
	var out []loadTiming
	for range runs {
		t, err := timedLoad(tab, url)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// timedLoad navigates from a blank page to url and waits until it is live.
// The probe is registered for each load so it is there before the page's
// own scripts.
func timedLoad(tab context.Context, url string) (loadTiming, error) {
	if err := navigate(tab, "about:blank"); err != nil {
		return loadTiming{}, err
	}
	probe, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: liveProbeJS})
	if err != nil {
		return loadTiming{}, err
	}
	defer chromedp.Call(tab, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: probe.Identifier})
	// Page.navigate returns once the navigation has started; the load
	// event is not waited for, since data-live is what counts.
	if _, err := chromedp.Call(tab, page.Navigate, page.NavigateParams{URL: url}); err != nil {
		return loadTiming{}, err
	}
	if err := harness.WaitJS(tab, 30*time.Second, "window.__scLive > 0"); err != nil {
		return loadTiming{}, fmt.Errorf("the page never set data-live: %w", err)
	}
	live, err := harness.EvalJS[float64](tab, "window.__scLive")
	if err != nil {
		return loadTiming{}, err
	}
	fcp, err := harness.EvalJS[float64](tab, fcpJS)
	if err != nil {
		return loadTiming{}, err
	}
	wasm, err := harness.EvalJS[float64](tab, wasmJS)
	if err != nil {
		return loadTiming{}, err
	}
	compiled, err := harness.EvalJS[float64](tab, `window.__scMarks.compiled || -1`)
	if err != nil {
		return loadTiming{}, err
	}
	hello, err := harness.EvalJS[float64](tab, `window.__scMarks.hello || -1`)
	if err != nil {
		return loadTiming{}, err
	}
	return loadTiming{fcp: fcp, wasm: wasm, compiled: compiled, hello: hello, live: live}, nil
}

// emulateKiosk throttles the tab's CPU and network for every later load.
func emulateKiosk(tab context.Context) error {
	if _, err := chromedp.Call(tab, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpuSlowdown}); err != nil {
		return fmt.Errorf("cpu throttling: %w", err)
	}
	// An empty URL pattern matches every request, WebSockets included.
	conds := []*network.Conditions{{Latency: netLatencyMs, DownloadThroughput: netBytesPerS, UploadThroughput: netBytesPerS}}
	if _, err := chromedp.Call(tab, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: conds}); err != nil {
		return fmt.Errorf("network emulation: %w", err)
	}
	return nil
}
