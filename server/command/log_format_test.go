package command

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
)

// TestJSONLogLines runs the server with --log-format json at debug level,
// makes requests and a screen connect, and checks that every line it logs
// is one JSON object with time, level and msg, and that a request's id
// (taken from X-Request-ID) is on its line, with its route, not its path.
func TestJSONLogLines(t *testing.T) {
	s := startServerEnv(t, t.TempDir(), map[string]string{"STORECAST_ADMIN_TOKEN": testAdminToken}, "--log-format", "json", "--log-level", "debug")
	const id = "7f3a9c1e-json-log-test"
	req, _ := http.NewRequest("GET", s.URL+"/api/v1/coupons/ABCD-EFGH-JKMN", nil)
	req.Header.Set("X-Request-ID", id)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if got := res.Header.Get("X-Request-ID"); got != id {
		t.Errorf("X-Request-ID in the answer = %q; want %q", got, id)
	}
	screenDial(t, s.URL, content.Hello{Kind: content.KindSignage})

	var line map[string]any
	waitFor(t, 5*time.Second, 10*time.Millisecond, "the request's log line", func() bool {
		for _, l := range strings.Split(s.stderr.String(), "\n") {
			if strings.Contains(l, id) && json.Unmarshal([]byte(l), &line) == nil {
				return true
			}
		}
		return false
	})
	if line["request_id"] != id || line["route"] != "GET /api/v1/coupons/{code}" || line["status"] != float64(http.StatusNotFound) {
		t.Errorf("the request's line = %v; want request_id %q, its route pattern and status 404", line, id)
	}
	s.Stop() // the screen's disconnect and "stopped" are logged too
	lines := strings.Split(strings.TrimSpace(s.stderr.String()), "\n")
	if len(lines) < 5 {
		t.Fatalf("only %d log lines:\n%s", len(lines), s.stderr)
	}
	for i, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Errorf("line %d is not JSON (%v): %s", i+1, err, l)
			continue
		}
		for _, key := range []string{"time", "level", "msg"} {
			if _, ok := rec[key]; !ok {
				t.Errorf("line %d has no %q: %s", i+1, key, l)
			}
		}
		if strings.Contains(l, "ABCD-EFGH-JKMN") {
			t.Errorf("line %d holds the path's coupon code: %s", i+1, l)
		}
	}
}
