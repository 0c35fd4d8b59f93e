package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/systeminfo"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
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

// loadTiming is one page load; cpu is the CPU time, in ms, the browser's
// processes used from just before the navigation until the page was seen
// live.
type loadTiming struct{ fcp, wasm, compiled, hello, live, cpu float64 }

// browserCPU is the CPU time, in ms, every process of the browser has used
// so far. Unlike the page's times, a load's difference hardly moves with
// what else the machine runs (time waiting for a core is not counted), so
// it can compare two builds on a busy machine; emulated throttling adds
// waits, not CPU.
func browserCPU(tab context.Context) (float64, error) {
	info, err := chromedp.CallBrowser(tab, systeminfo.GetProcessInfo, cdp.Empty{})
	if err != nil {
		return 0, fmt.Errorf("bench: browser CPU: %w", err)
	}
	var sum float64
	for _, p := range info.ProcessInfo {
		sum += p.CPUTime
	}
	return sum * 1000, nil
}

// coldLoad opens url in a brand-new browser context, as a kiosk booting
// for the first time, its network emulated with method.
func coldLoad(ctx context.Context, b *harness.Browser, url, method string) (loadTiming, error) {
	tab, cancel, err := b.NewContext(ctx, 1280, 800)
	if err != nil {
		return loadTiming{}, err
	}
	defer cancel()
	if err := emulateKiosk(tab, method); err != nil {
		return loadTiming{}, err
	}
	if _, err := chromedp.Call(tab, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return loadTiming{}, err
	}
	return timedLoad(tab, url)
}

// warmUp opens a tab in a new browser context and installs url's service
// worker with one unmeasured load: the tab's later loads of url are warm
// starts. cancel closes it.
func warmUp(ctx context.Context, b *harness.Browser, url, method string) (tab context.Context, cancel context.CancelFunc, err error) {
	tab, cancel, err = b.NewContext(ctx, 1280, 800)
	if err != nil {
		return nil, nil, err
	}
	if err := emulateKiosk(tab, method); err != nil {
		cancel()
		return nil, nil, err
	}
	if err := installWorker(tab, url); err != nil {
		cancel()
		return nil, nil, fmt.Errorf("installing the service worker: %w", err)
	}
	return tab, cancel, nil
}

// installWorker loads url until it is live and its service worker is
// ready, i.e. active with the app in its cache, and leaves it.
func installWorker(tab context.Context, url string) error {
	if err := navigate(tab, url); err != nil {
		return err
	}
	if err := harness.WaitJS(tab, 30*time.Second, harness.LiveJS); err != nil {
		return err
	}
	if _, err := harness.EvalJS[bool](tab, `navigator.serviceWorker.ready.then(() => true)`); err != nil {
		return err
	}
	return navigate(tab, "about:blank")
}

// timedLoad navigates from a blank page to url, waits until it is live,
// and leaves it for a blank page again, so that it does not run while
// the other pages load. The probe is registered for each load so it is
// there before the page's own scripts.
func timedLoad(tab context.Context, url string) (loadTiming, error) {
	if err := navigate(tab, "about:blank"); err != nil {
		return loadTiming{}, err
	}
	probe, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: liveProbeJS})
	if err != nil {
		return loadTiming{}, err
	}
	defer chromedp.Call(tab, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: probe.Identifier})
	cpu0, err := browserCPU(tab)
	if err != nil {
		return loadTiming{}, err
	}
	// Page.navigate returns once the navigation has started; the load
	// event is not waited for, since data-live is what counts.
	if _, err := chromedp.Call(tab, page.Navigate, page.NavigateParams{URL: url}); err != nil {
		return loadTiming{}, err
	}
	if err := harness.WaitJS(tab, 30*time.Second, "window.__scLive > 0"); err != nil {
		return loadTiming{}, fmt.Errorf("the page never set data-live: %w", err)
	}
	cpu1, err := browserCPU(tab)
	if err != nil {
		return loadTiming{}, err
	}
	t := loadTiming{cpu: cpu1 - cpu0}
	for _, m := range []struct {
		to   *float64
		expr string
	}{
		{&t.live, "window.__scLive"},
		{&t.fcp, fcpJS},
		{&t.wasm, wasmJS},
		{&t.compiled, `window.__scMarks.compiled || -1`},
		{&t.hello, `window.__scMarks.hello || -1`},
	} {
		if *m.to, err = harness.EvalJS[float64](tab, m.expr); err != nil {
			return loadTiming{}, err
		}
	}
	return t, navigate(tab, "about:blank")
}
