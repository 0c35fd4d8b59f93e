package e2e

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"storecast/app/i18n"
	"storecast/e2e/harness"
)

// The phone's claim page (a signage coupon QR opens it) says why there is
// no coupon: in the phone's language, as an alert, without a "try again"
// for what trying again cannot change, and without breaking.
func TestClaimPageRefusals(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	campaign := func(quantity int, status string) string {
		return sgCreate(t, s, "/api/v1/campaigns", map[string]any{
			"title":    map[string]string{"en": "10% off fruit", "zh-Hans": "水果九折"},
			"quantity": quantity, "per_device": 1, "window_minutes": 60, "coupon_minutes": 60, "status": status,
		})
	}
	claim := func(id, install string) {
		t.Helper()
		if st := s.APIAs(t, "", http.MethodPost, "/api/v1/kiosk/claims", map[string]string{"campaign": id, "install": install}, nil); st != http.StatusCreated {
			t.Fatalf("claim = %d; want 201", st)
		}
	}
	soldOut, ended, limited := campaign(1, "live"), campaign(10, "ended"), campaign(10, "live")
	claim(soldOut, "someone-elses-phone-0001")

	page := kit.Tab(t, 390, 844)
	problems := watchPage(t, page)
	// This phone claimed the limited offer before, but no longer has the
	// code (the claim page would show it again): it meets the limit.
	const phone = "this-phone-install-0001"
	do(t, page, chromedp.Navigate(s.URL+"/healthz"))
	eval[any](t, page, `localStorage.setItem("storecast.install", "`+phone+`")`)
	claim(limited, phone)

	tests := []struct {
		name, path, msg string
	}{
		{"unknown offer", "/claim/no-such-offer", i18n.ClaimUnknown},
		{"damaged link", "/claim/7c1f..%2Fx", i18n.ClaimUnknown},
		{"sold out", "/claim/" + soldOut, i18n.ClaimSoldOut},
		{"ended", "/claim/" + ended, i18n.ClaimEnded},
		{"limit reached", "/claim/" + limited, i18n.ClaimLimit},
	}
	for _, tt := range tests {
		for _, lang := range []string{"en", "zh-Hans"} {
			t.Run(tt.name+"/"+lang, func(t *testing.T) {
				do(t, page, chromedp.Navigate(s.URL+tt.path+"?lang="+lang))
				waitJS(t, page, `(document.querySelector(".sc-claim [role=alert]") || {}).textContent`)
				raw := eval[string](t, page, `JSON.stringify([document.documentElement.lang, document.querySelector("h1").textContent,
					document.querySelector(".sc-claim [role=alert]").textContent, document.querySelector(".sc-claim [role=status]").textContent,
					String(document.querySelector(".sc-claim button") !== null), location.pathname])`)
				var got []string
				if err := json.Unmarshal([]byte(raw), &got); err != nil {
					t.Fatal(err)
				}
				want := []string{lang, i18n.T(lang, i18n.ClaimTitle), i18n.T(lang, tt.msg), "", "false", tt.path}
				if !slices.Equal(got, want) {
					t.Errorf("[lang, title, alert, status, retry button, path] = %q; want %q", got, want)
				}
			})
		}
		if i18n.T("en", tt.msg) == i18n.T("zh-Hans", tt.msg) {
			t.Errorf("%s: zh-Hans falls back to English", tt.msg)
		}
	}
	if p := problems(); p != "" {
		t.Fatalf("the page broke: %s", p)
	}
}

// watchPage collects uncaught exceptions and Go panics in page (a wasm
// panic is printed to the console) and returns what it saw so far.
func watchPage(t *testing.T, page context.Context) func() string {
	t.Helper()
	var mu sync.Mutex
	var seen []string
	ctx, stop := context.WithCancel(page)
	t.Cleanup(stop)
	go func() {
		for ev, err := range chromedp.Events(ctx, runtime.ExceptionThrown) {
			if err != nil {
				return
			}
			mu.Lock()
			d := ev.ExceptionDetails
			what := d.Text
			if d.Exception != nil {
				what += " " + d.Exception.Description
			}
			seen = append(seen, "exception: "+what)
			mu.Unlock()
		}
	}()
	go func() {
		for ev, err := range chromedp.Events(ctx, runtime.ConsoleAPICalled) {
			if err != nil {
				return
			}
			for _, a := range ev.Args {
				if v := string(a.Value); strings.Contains(v, "panic") || strings.Contains(v, "Go program has already exited") {
					mu.Lock()
					seen = append(seen, "console: "+v)
					mu.Unlock()
				}
			}
		}
	}()
	return func() string {
		mu.Lock()
		defer mu.Unlock()
		return strings.Join(seen, "; ")
	}
}
