package command

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
)

// metricName finds a storecast metric's name in a query or a document.
var metricName = regexp.MustCompile(`storecast_[a-z_]+`)

// checkDocs holds the operator's documents to what a real scrape
// (families) has: docs/operations.md explains every storecast metric, and
// every query of docs/grafana-storecast.json, a valid dashboard, names
// only metrics that exist.
func checkDocs(t *testing.T, families map[string]*dto.MetricFamily) {
	t.Helper()
	ops, err := os.ReadFile("../../docs/operations.md")
	if err != nil {
		t.Fatal(err)
	}
	for name := range families {
		if strings.HasPrefix(name, "storecast_") && !strings.Contains(string(ops), "`"+name+"`") {
			t.Errorf("docs/operations.md does not explain %s", name)
		}
	}
	b, err := os.ReadFile("../../docs/grafana-storecast.json")
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Title  string
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
	}
	if err := json.Unmarshal(b, &dash); err != nil {
		t.Fatalf("docs/grafana-storecast.json is not valid JSON: %v", err)
	}
	if dash.Title == "" || len(dash.Panels) == 0 {
		t.Fatalf("docs/grafana-storecast.json has no title or no panels")
	}
	for _, p := range dash.Panels {
		if len(p.Targets) == 0 {
			t.Errorf("dashboard panel %q has no query", p.Title)
		}
		for _, q := range p.Targets {
			for _, name := range metricName.FindAllString(q.Expr, -1) {
				if families[name] == nil && families[strings.TrimSuffix(name, "_bucket")] == nil {
					t.Errorf("dashboard panel %q queries %s, which the server does not expose", p.Title, name)
				}
			}
		}
	}
}

// TestReadmeListsEveryServeFlag: README's configuration table names every
// flag and environment variable of `storecast serve`.
func TestReadmeListsEveryServeFlag(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, help, _ := runIn("", "serve", "--help")
	for _, f := range helpFlagRE.FindAllStringSubmatch(help, -1) {
		if !strings.Contains(string(readme), "`--"+f[1]+"`") {
			t.Errorf("README's configuration does not list --%s", f[1])
		}
	}
	for _, v := range envRE.FindAllString(help, -1) {
		if !strings.Contains(string(readme), v) {
			t.Errorf("README's configuration does not list %s", v)
		}
	}
}
