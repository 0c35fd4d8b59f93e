package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/chromedp/chromedp"
)

var errNoChromium = errors.New("no Chromium found (install chromium, or set CHROMIUM=/path)")

// chromiumPath finds Chromium or Chrome where Debian and the usual
// installs put it; CHROMIUM overrides.
func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// jsFlags are V8 flags the browser sections start Chromium with (-js-flags);
// empty: Chromium's defaults, as a screen has them unless the store sets
// otherwise.
var jsFlags string

// newBrowser starts headless Chromium with a throwaway profile and returns
// a context for its first tab. cancel stops the browser and removes the
// profile.
func newBrowser(parent context.Context) (context.Context, context.CancelFunc, error) {
	path := chromiumPath()
	if path == "" {
		return nil, nil, errNoChromium
	}
	profile, err := os.MkdirTemp("", "storecast-bench-chromium-")
	if err != nil {
		return nil, nil, fmt.Errorf("bench: browser: %w", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Headless,
		// QUIC would try UDP to the page's host; loopback TCP is the point.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 800),
		chromedp.UserDataDir(profile),
	)
	if jsFlags != "" {
		opts = append(opts, chromedp.Flag("js-flags", jsFlags))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	cancel := func() {
		cancelTab()
		cancelAlloc()
		os.RemoveAll(profile)
	}
	// Start the browser now, so its start-up is charged to no measurement.
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		return nil, nil, fmt.Errorf("bench: start chromium: %w", err)
	}
	return ctx, cancel, nil
}

// evalJS runs a JavaScript expression in the tab and returns its value.
func evalJS[T any](ctx context.Context, expr string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr))
}

// waitJS polls a JavaScript predicate until it is true. It polls with
// Evaluate rather than chromedp.Poll, which proved unreliable across the
// navigations and wasm start-up these pages go through.
func waitJS(ctx context.Context, timeout time.Duration, predicate string) error {
	deadline := time.Now().Add(timeout)
	var last error
	for time.Now().Before(deadline) {
		ok, err := evalJS[bool](ctx, "Boolean("+predicate+")")
		if err == nil && ok {
			return nil
		}
		last = err
		time.Sleep(10 * time.Millisecond)
	}
	return fmt.Errorf("bench: timed out after %v waiting for %s (last error: %v)", timeout, predicate, last)
}

// liveJS is the readiness marker every page sets once it is current.
const liveJS = `document.documentElement.dataset.live === "1"`

// navigate loads url in the tab and waits for its load event.
func navigate(tab context.Context, url string) error {
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return fmt.Errorf("bench: open %s: %w", url, err)
	}
	return nil
}
