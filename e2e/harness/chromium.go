package harness

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// ErrNoChromium says no browser was found.
var ErrNoChromium = errors.New("no Chromium found (install chromium, or set CHROMIUM=/path)")

// ChromiumPath finds Chromium or Chrome where Debian and the usual
// installs put it; CHROMIUM overrides. "" when there is none.
func ChromiumPath() string {
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

// Browser is one headless Chromium. Its users each get a browser context
// of their own (NewContext): separate cookies, storage, caches and service
// workers, as separate browsers would have, without a browser start each.
type Browser struct {
	root    context.Context // the browser's first tab; its first Run started Chromium
	cancel  func()
	profile string
}

// StartBrowser starts headless Chromium with a throwaway profile. flags
// are Chromium switches added after chromedp's defaults, e.g. "js-flags";
// env adds NAME=value pairs to the environment it inherits.
func StartBrowser(flags map[string]any, env ...string) (*Browser, error) {
	path := ChromiumPath()
	if path == "" {
		return nil, ErrNoChromium
	}
	profile, err := os.MkdirTemp("", "storecast-chromium-")
	if err != nil {
		return nil, fmt.Errorf("harness: browser: %w", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		// QUIC would try UDP to the page's host; loopback TCP is the point.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 800),
		chromedp.UserDataDir(profile),
	)
	for name, value := range flags {
		opts = append(opts, chromedp.Flag(name, value))
	}
	if len(env) > 0 {
		opts = append(opts, chromedp.Env(env...))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	root, cancelRoot := chromedp.NewContext(actx)
	b := &Browser{root: root, profile: profile}
	b.cancel = func() {
		cancelRoot()
		cancelAlloc()
		os.RemoveAll(profile)
	}
	// Start the browser now, with no deadline: the first Run binds the
	// browser's life to its context.
	if err := chromedp.Do(root); err != nil {
		b.cancel()
		return nil, fmt.Errorf("harness: start chromium: %w", err)
	}
	return b, nil
}

// Close stops the browser and removes its profile.
func (b *Browser) Close() { b.cancel() }

// NewContext opens a tab in a new browser context, its viewport width ×
// height CSS pixels. The tab ends, and its browser context with it, when
// cancel is called or parent ends; parent's values are not visible
// through it, its deadline and cancellation are.
func (b *Browser) NewContext(parent context.Context, width, height int) (context.Context, context.CancelFunc, error) {
	// The tab must descend from root to find the browser; it follows
	// parent by hand, cause included (a test's deadline says so).
	base, cancelBase := context.WithCancelCause(b.root)
	stop := context.AfterFunc(parent, func() { cancelBase(context.Cause(parent)) })
	tab, cancelTab := chromedp.NewContext(base, chromedp.WithNewBrowserContext())
	cancel := func() {
		cancelTab()
		stop()
		cancelBase(nil)
	}
	// Create the tab now, before any step that has a deadline of its own:
	// a tab made under a short deadline would end with it.
	if err := chromedp.Do(tab, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		cancel()
		return nil, nil, fmt.Errorf("harness: new tab: %w", err)
	}
	return tab, cancel, nil
}
