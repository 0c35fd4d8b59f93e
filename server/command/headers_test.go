package command

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"storecast/app/console"
	"storecast/app/routes"
	"storecast/server/phone"
	"storecast/server/pwa"
)

// TestEveryPageCarriesSecurityHeaders asks the real server for every page
// (each screen's routes, the console's, a coupon's and a claim's) and
// checks each answer carries the security headers: the screens' policy, or
// the phone pages' own, stricter one (no wasm, no style attributes).
func TestEveryPageCarriesSecurityHeaders(t *testing.T) {
	base, _, _ := liveServer(t)
	var campaign struct{ ID string }
	call(t, "POST", base+"/api/v1/campaigns", `{"title":{"en":"10% off fruit"},"quantity":10,"per_device":1,"window_minutes":60,"coupon_minutes":60,"status":"live"}`, http.StatusCreated, &campaign)
	var claimed struct{ Coupon struct{ Code string } }
	callAs(t, "", "POST", base+"/api/v1/kiosk/claims", `{"campaign":"`+campaign.ID+`","install":"k-9f2c1d7e5a3b4c6d"}`, http.StatusCreated, &claimed)

	var paths []string
	for _, p := range append(routes.Paths, console.Paths()...) {
		if !strings.HasSuffix(p, "*") {
			paths = append(paths, p)
		}
	}
	phonePages := []string{"/c/" + claimed.Coupon.Code + "?lang=en", "/claim/" + campaign.ID, "/m?lang=zh-Hant", "/m/link/AAAAAAAAAAAAAAAAAAAAAA?lang=en"}
	for _, p := range append(paths, phonePages...) {
		want := map[string]string{
			"Content-Security-Policy": pwa.ContentSecurityPolicy,
			"X-Content-Type-Options":  "nosniff",
			"Referrer-Policy":         "no-referrer",
		}
		if slices.Contains(phonePages, p) {
			want["Content-Security-Policy"] = phone.ContentSecurityPolicy
		}
		res, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
			t.Errorf("%s: Content-Type %q; want a page", p, ct)
		}
		for k, v := range want {
			got := res.Header.Get(k)
			if k == "Content-Security-Policy" && slices.Contains(phonePages, p) {
				// The demo store's brand colours are in the page's sheet,
				// so its hash is the page's own (server/phone checks it).
				got = styleHash.ReplaceAllString(got, "style-src 'sha256-x'")
				v = styleHash.ReplaceAllString(v, "style-src 'sha256-x'")
			}
			if got != v {
				t.Errorf("%s: %s = %q; want %q", p, k, got, v)
			}
		}
	}
	if !strings.Contains(pwa.ContentSecurityPolicy, "frame-ancestors 'none'") {
		t.Errorf("the policy lets other sites frame the pages: %s", pwa.ContentSecurityPolicy)
	}
}

var styleHash = regexp.MustCompile(`style-src 'sha256-[A-Za-z0-9+/=]+'`)
