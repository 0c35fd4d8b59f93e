package metrics

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

const testToken = "m3tr1cs-t0ken-0f-at-least-32-characters"

// TestHandlerNeedsTheToken: with a token, only a request carrying it as a
// bearer token is served; without one, every request is.
func TestHandlerNeedsTheToken(t *testing.T) {
	reg := New("v1.2.3")
	log := slog.New(slog.DiscardHandler)
	for _, tc := range []struct {
		name, token, auth string
		want              int
	}{
		{"no token configured", "", "", http.StatusOK},
		{"right token", testToken, "Bearer " + testToken, http.StatusOK},
		{"scheme in any case", testToken, "bearer " + testToken, http.StatusOK},
		{"no header", testToken, "", http.StatusUnauthorized},
		{"wrong token", testToken, "Bearer " + strings.Repeat("x", len(testToken)), http.StatusUnauthorized},
		{"token as a prefix", testToken, "Bearer " + testToken[:32], http.StatusUnauthorized},
		{"basic scheme", testToken, "Basic " + testToken, http.StatusUnauthorized},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(Handler(reg, tc.token, log))
			defer srv.Close()
			req, _ := http.NewRequest("GET", srv.URL, nil)
			if tc.auth != "" {
				req.Header.Set("Authorization", tc.auth)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != tc.want {
				t.Errorf("Status = %d; want %d", res.StatusCode, tc.want)
			}
		})
	}
}

// TestRegistryHasBuildAndRuntime: a scrape parses and names the build, the
// Go runtime and the process.
func TestRegistryHasBuildAndRuntime(t *testing.T) {
	srv := httptest.NewServer(Handler(New("v1.2.3"), "", slog.New(slog.DiscardHandler)))
	defer srv.Close()
	res, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	build := families["storecast_build_info"]
	if build == nil || len(build.Metric) != 1 {
		t.Fatalf("storecast_build_info = %v; want one series", build)
	}
	labels := map[string]string{}
	for _, l := range build.Metric[0].Label {
		labels[l.GetName()] = l.GetValue()
	}
	if labels["version"] != "v1.2.3" || !strings.HasPrefix(labels["goversion"], "go") {
		t.Errorf("storecast_build_info labels = %v; want version v1.2.3 and a goversion", labels)
	}
	for _, name := range []string{"go_goroutines", "process_resident_memory_bytes", "promhttp_metric_handler_errors_total"} {
		if families[name] == nil {
			t.Errorf("no %s in the scrape", name)
		}
	}
}
