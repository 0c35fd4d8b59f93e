package command

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestEveryTextResponseIsCompressed asks the real server for each kind of
// text it sends (the screens' and the console's pages, the phone's pages,
// go-app's files, the workers, style sheets, scripts, JSON) and checks
// each comes in the encoding the client prefers, with Vary.
func TestEveryTextResponseIsCompressed(t *testing.T) {
	base, _, _ := liveServer(t)
	var campaign struct{ ID string }
	call(t, "POST", base+"/api/v1/campaigns", `{"title":{"en":"10% off fruit"},"quantity":10,"per_device":1,"window_minutes":60,"coupon_minutes":60,"status":"live"}`, http.StatusCreated, &campaign)
	var claimed struct{ Coupon struct{ Code string } }
	callAs(t, "", "POST", base+"/api/v1/kiosk/claims", `{"campaign":"`+campaign.ID+`","install":"k-9f2c1d7e5a3b4c6d"}`, http.StatusCreated, &claimed) // as a kiosk: no credential
	code := claimed.Coupon.Code
	paths := []string{
		"/", "/kiosk", "/signage", "/console",
		"/c/" + code + "?lang=en", "/claim/" + campaign.ID + "?lang=zh-Hans",
		"/app.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest", "/app-worker.js", "/phone-worker.js",
		"/web/storecast.css", "/web/kiosk.css", "/web/coupon.js", "/web/claim.js", "/web/signage.js",
		"/api/v1/coupons/" + code,
	}
	transport := &http.Transport{DisableCompression: true} // see the encoding on the wire
	for _, enc := range []string{"br", "gzip"} {
		for _, p := range paths {
			req, err := http.NewRequest("GET", base+p, nil)
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Accept-Encoding", enc)
			res, err := transport.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode != http.StatusOK {
				t.Errorf("GET %s = %d; want 200", p, res.StatusCode)
				continue
			}
			if got := res.Header.Get("Content-Encoding"); got != enc {
				t.Errorf("GET %s (Accept-Encoding: %s): Content-Encoding %q, %s", p, enc, got, res.Header.Get("Content-Type"))
			}
			if got := res.Header.Values("Vary"); !strings.Contains(strings.Join(got, ","), "Accept-Encoding") {
				t.Errorf("GET %s: Vary %q; want Accept-Encoding", p, got)
			}
		}
	}
}
