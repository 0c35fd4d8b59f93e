package e2e

import (
	"context"
	"fmt"
	"net/http"
	"storecast/e2e/harness"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// cspWatch records, in every document of the tab, each Content Security
// Policy violation the page itself sees, before any of its own scripts.
const cspWatch = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", e => window.__cspViolations.push(
	e.effectiveDirective + " blocked " + (e.blockedURI || "inline") + " " + (e.sample || "")));`

// watchErrors collects what the browser reports about the tab: console
// errors, log entries of level error (Chromium logs each CSP refusal
// there, source "security") and uncaught exceptions. Failed loads (source
// "network") are left out: the console asks who is signed in and gets
// 401 before anyone is.
func watchErrors(t *testing.T, tab context.Context) func() []string {
	t.Helper()
	var mu sync.Mutex
	var seen []string
	add := func(s string) { mu.Lock(); seen = append(seen, s); mu.Unlock() }
	ctx, stop := context.WithCancel(tab)
	t.Cleanup(stop)
	err := chromedp.Do(tab, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, cdplog.Enable, cdp.Empty{})
		return err
	}))
	if err != nil {
		t.Fatalf("Log.enable: %v", err)
	}
	go func() {
		for ev, err := range chromedp.Events(ctx, cdplog.EntryAdded) {
			if err != nil {
				return
			}
			if e := ev.Entry; e.Level == cdplog.EntryLevelError && e.Source != cdplog.EntrySourceNetwork {
				add(fmt.Sprintf("log (%s): %s %s", e.Source, e.Text, e.URL))
			}
		}
	}()
	go func() {
		for ev, err := range chromedp.Events(ctx, runtime.ConsoleAPICalled) {
			if err != nil {
				return
			}
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				add("console.error: " + strings.Join(args, " "))
			}
		}
	}()
	go func() {
		for ev, err := range chromedp.Events(ctx, runtime.ExceptionThrown) {
			if err != nil {
				return
			}
			d := ev.ExceptionDetails
			what := d.Text
			if d.Exception != nil {
				what += " " + d.Exception.Description
			}
			add("exception: " + what)
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// wasmStarted holds once go-app's loader has compiled and run the page's
// wasm (it removes its loader then; a refused compile leaves it showing
// the error).
const wasmStarted = `!document.getElementById("app-wasm-loader")`

// TestPagesRunUnderTheCSP opens every kind of page in Chromium with the
// server's Content-Security-Policy and fails on any violation, console
// error or exception; screens must go live, the console must sign in and
// draw the signage schedule (style attributes), the claim page must claim
// and move on to the coupon.
func TestPagesRunUnderTheCSP(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	campaign := sgCreate(t, s, "/api/v1/campaigns", map[string]any{
		"title": map[string]string{"en": "10% off fruit"}, "quantity": 10, "per_device": 1,
		"window_minutes": 60, "coupon_minutes": 60, "status": "live",
	})
	var claimed struct {
		Coupon struct {
			Code string `json:"code"`
		} `json:"coupon"`
	}
	if st := s.APIAs(t, "", http.MethodPost, "/api/v1/kiosk/claims", map[string]string{"campaign": campaign, "install": "csp-test-install-0001"}, &claimed); st != http.StatusCreated {
		t.Fatalf("claim = %d; want 201", st)
	}
	playlist := sgPlaylist(t, s, "Lunch", "ticker", sgSlide("s1", "clock", 8))
	sgCreate(t, s, "/api/v1/schedules", map[string]any{"playlist": playlist, "start": "11:00", "end": "14:00", "priority": 5})
	addStaff(t, s, "csp-admin", "csp-admin-pass-1", "admin")

	live := harness.LiveJS
	pages := []struct {
		name, path, ready string
		then              func(t *testing.T, tab context.Context)
	}{
		{"home", "/", wasmStarted, nil},
		{"kiosk", "/kiosk?lang=en", live, func(t *testing.T, tab context.Context) {
			goKiosk(t, tab, "/kiosk/offers?lang=en", live)
		}},
		{"signage", "/signage?lang=en", live, nil},
		{"console", "/console?lang=en", wasmStarted, func(t *testing.T, tab context.Context) {
			consoleSignIn(t, tab, "", "csp-admin", "csp-admin-pass-1")
			do(t, tab, toView("/console/signage"))
			waitJS(t, tab, `!!document.querySelector("#sg-tab-schedules")`)
			do(t, tab, chromedp.Click("#sg-tab-schedules"))
			waitJS(t, tab, `!!document.querySelector(".cs-sg-block")?.style.height`)
		}},
		// The phone's pages run no wasm: live once their script has the
		// coupon's status.
		{"coupon", "/c/" + claimed.Coupon.Code + "?lang=en", live, nil},
		{"claim", "/claim/" + campaign + "?lang=en", `location.pathname.startsWith("/c/") && ` + live, nil},
		{"member", "/m?lang=en", `!document.querySelector(".sc-member-join").hidden`, func(t *testing.T, tab context.Context) {
			tap(t, tab, ".sc-member-join-button")
			waitJS(t, tab, `(q => q && !q.hidden && q.naturalWidth > 0)(document.querySelector(".sc-member-qr"))`)
		}},
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			tab := kit.Tab(t, 1280, 900)
			errs := watchErrors(t, tab)
			beforeLoad(t, tab, cspWatch)
			// Reported however the steps below end, so a page that never
			// goes live says why.
			t.Cleanup(func() {
				v, err := chromedp.Run(tab, chromedp.Evaluate[[]string](`window.__cspViolations || ["the violation listener is missing"]`))
				if err != nil || len(v) > 0 {
					t.Errorf("%s: Content-Security-Policy violations (%v):\n%s", p.path, err, strings.Join(v, "\n"))
				}
				if e := errs(); len(e) > 0 {
					t.Errorf("%s: the browser reported:\n%s", p.path, strings.Join(e, "\n"))
				}
				if t.Failed() {
					text, _ := chromedp.Run(tab, chromedp.Evaluate[string](`document.body.innerText`))
					t.Logf("%s showed:\n%s", p.path, text)
				}
			})
			if err := chromedp.Do(tab, chromedp.Navigate(s.URL+p.path)); err != nil {
				t.Fatalf("open %s: %v", p.path, err)
			}
			waitJS(t, tab, p.ready)
			if p.then != nil {
				p.then(t, tab)
			}
			frame(t, tab)
		})
	}
}
