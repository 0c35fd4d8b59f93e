package command

import (
	"io"
	"net/http"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"storecast/app/content"
)

const testMetricsToken = "metrics-test-token-0123456789abcdef"

// scrape reads url (with the metrics token, if given) and parses it with
// Prometheus's own parser.
func scrape(t *testing.T, url, token string) map[string]*dto.MetricFamily {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s = %d; want 200", url, res.StatusCode)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(res.Body)
	if err != nil {
		t.Fatalf("scrape of %s does not parse: %v", url, err)
	}
	return families
}

// sample is the value of the series of name with exactly labels (name=value
// pairs), and whether there is one.
func sample(families map[string]*dto.MetricFamily, name string, labels ...string) (float64, bool) {
	f := families[name]
	if f == nil {
		return 0, false
	}
	want := map[string]string{}
	for i := 0; i+1 < len(labels); i += 2 {
		want[labels[i]] = labels[i+1]
	}
next:
	for _, m := range f.Metric {
		if len(m.Label) != len(want) {
			continue
		}
		for _, l := range m.Label {
			if want[l.GetName()] != l.GetValue() {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue(), true
		case m.Gauge != nil:
			return m.Gauge.GetValue(), true
		case m.Histogram != nil:
			return float64(m.Histogram.GetSampleCount()), true
		}
	}
	return 0, false
}

// TestMetricsFollowRealActions runs the real server with a metrics token,
// connects a screen over a real WebSocket, calls the API, claims a coupon
// and calls for staff, and reads each number back through /metrics.
func TestMetricsFollowRealActions(t *testing.T) {
	s := startServerEnv(t, t.TempDir(), map[string]string{
		"STORECAST_ADMIN_TOKEN": testAdminToken, "STORECAST_METRICS_TOKEN": testMetricsToken,
	})
	base := s.URL
	res, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("GET /metrics without the token = %d; want 401", res.StatusCode)
	}

	if env, _ := screenDial(t, base, content.Hello{Kind: content.KindKiosk}); env.Type != content.TypeSnapshot {
		t.Fatalf("kiosk got %s first; want a snapshot", env.Type)
	}
	if env, _ := screenDial(t, base, content.Hello{Kind: content.KindSignage, Pair: true}); env.Type != content.TypeWelcome {
		t.Fatalf("a screen asking to pair got %s first; want a welcome", env.Type)
	}
	var campaign struct{ ID string }
	call(t, "POST", base+"/api/v1/campaigns", `{"title":{"en":"10% off fruit"},"quantity":10,"per_device":1,"window_minutes":60,"coupon_minutes":60,"status":"live"}`, http.StatusCreated, &campaign)
	var claimed struct{ Coupon content.Coupon }
	callAs(t, "", "POST", base+"/api/v1/kiosk/claims", `{"campaign":"`+campaign.ID+`","install":"k-9f2c1d7e5a3b4c6d"}`, http.StatusCreated, &claimed)
	callAs(t, "", "POST", base+"/api/v1/kiosk/claims", `{"campaign":"`+campaign.ID+`","install":"k-9f2c1d7e5a3b4c6d"}`, http.StatusConflict, nil)
	call(t, "GET", base+"/api/v1/coupons/"+claimed.Coupon.Code, "", http.StatusOK, nil)
	call(t, "POST", base+"/api/v1/kiosk/staff-calls", `{"place":"entrance"}`, http.StatusCreated, nil)

	checks := []struct {
		name   string
		labels []string
		want   float64 // at least
	}{
		{"storecast_screens_connected", []string{"kind", "kiosk"}, 1},
		{"storecast_screens_in_group", []string{"kind", "kiosk", "group", "(unpaired)"}, 1},
		{"storecast_screens_waiting", []string{"kind", "signage"}, 1},
		{"storecast_hub_connects_total", nil, 1},
		{"storecast_hub_handshakes_total", []string{"result", "snapshot"}, 1},
		{"storecast_hub_handshake_seconds", []string{"plan", "snapshot"}, 1},
		{"storecast_hub_published_total", []string{"stream", content.StreamStore}, 1},
		{"storecast_hub_delivered_total", []string{"stream", content.StreamStore}, 1},
		{"storecast_http_requests_total", []string{"route", "POST /api/v1/campaigns", "status", "2xx"}, 1},
		{"storecast_http_requests_total", []string{"route", "POST /api/v1/kiosk/claims", "status", "4xx"}, 1},
		{"storecast_http_requests_total", []string{"route", "GET /api/v1/coupons/{code}", "status", "2xx"}, 1},
		{"storecast_http_request_duration_seconds", []string{"route", "GET /api/v1/coupons/{code}"}, 1},
		{"storecast_coupon_claims_total", []string{"outcome", "issued"}, 1},
		{"storecast_coupon_claims_total", []string{"outcome", "device_limit"}, 1},
		{"storecast_staff_calls_total", nil, 1},
		{"storecast_outbox_published_total", nil, 1},
		{"storecast_outbox_publish_seconds", nil, 1},
		{"storecast_jetstream_last_seq", []string{"stream", content.StreamStore}, 1},
		{"storecast_jetstream_messages", []string{"stream", content.StreamStaff}, 1},
		{"storecast_build_info", []string{"version", Version, "goversion", runtime.Version()}, 1},
	}
	var families map[string]*dto.MetricFamily
	// The relay publishes and the fan-out delivers after the API has
	// answered: poll until every number has moved.
	waitFor(t, 10*time.Second, 20*time.Millisecond, "every metric moved", func() bool {
		families = scrape(t, base+"/metrics", testMetricsToken)
		for _, c := range checks {
			if v, ok := sample(families, c.name, c.labels...); !ok || v < c.want {
				return false
			}
		}
		return true
	})
	if v, _ := sample(families, "storecast_screens_connected", "kind", "kiosk"); v != 1 {
		t.Errorf("storecast_screens_connected{kind=\"kiosk\"} = %v with one kiosk connected; want 1", v)
	}
	for _, name := range []string{"storecast_outbox_backlog", "storecast_store_overloaded_total", "go_goroutines", "process_resident_memory_bytes"} {
		if families[name] == nil {
			t.Errorf("no %s in the scrape", name)
		}
	}
	checkDocs(t, families)
	secrets := []string{claimed.Coupon.Code, strings.ReplaceAll(claimed.Coupon.Code, "-", ""), testAdminToken, testMetricsToken}
	for name, f := range families {
		for _, m := range f.Metric {
			for _, l := range m.Label {
				for _, secret := range secrets {
					if strings.Contains(l.GetValue(), secret) {
						t.Errorf("%s{%s=%q} holds the secret %q", name, l.GetName(), l.GetValue(), secret)
					}
				}
				if strings.HasPrefix(l.GetName(), "route") && strings.Contains(l.GetValue(), "/c/"+claimed.Coupon.Code) {
					t.Errorf("%s has a raw path as its route: %q", name, l.GetValue())
				}
			}
		}
	}
}

var servingMetrics = regexp.MustCompile(`msg="serving metrics" addr=(\S+)`)

// TestMetricsOnTheirOwnAddress: with --metrics-addr, /metrics is served
// there without a token, and not on the server's address.
func TestMetricsOnTheirOwnAddress(t *testing.T) {
	s := startServer(t, t.TempDir(), "--metrics-addr", "127.0.0.1:0")
	m := servingMetrics.FindStringSubmatch(s.stderr.String())
	if m == nil {
		t.Fatalf("no \"serving metrics\" line in the log:\n%s", s.stderr)
	}
	if families := scrape(t, "http://"+m[1]+"/metrics", ""); families["storecast_build_info"] == nil {
		t.Errorf("the metrics address serves no storecast_build_info")
	}
	res, err := http.Get(s.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if strings.Contains(string(b), "storecast_build_info") {
		t.Errorf("the server's own address serves the metrics too")
	}
}
