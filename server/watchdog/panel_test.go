package watchdog

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A page that goes dark (sc-dark on <html>, as app/screen sets it outside
// opening hours) has the panel command run with "off"; when it wakes,
// with "on". Against a real headless Chromium.
func TestWatchdogSwitchesThePanelWithThePage(t *testing.T) {
	bin := chromium(t)
	var dark atomic.Bool
	mux := http.NewServeMux()
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<!doctype html><html><body><script>
document.documentElement.dataset.live = "1";
setInterval(async () => {
  const r = await fetch("/dark");
  document.documentElement.classList.toggle("sc-dark", await r.text() === "yes");
}, 100);
</script></body></html>`)
	})
	mux.HandleFunc("GET /dark", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, map[bool]string{true: "yes", false: "no"}[dark.Load()])
	})
	page := httptest.NewServer(mux)
	defer page.Close()

	dir := t.TempDir()
	record := filepath.Join(dir, "panel.log")
	script := filepath.Join(dir, "panel")
	if err := os.WriteFile(script, []byte("#!/bin/sh\necho \"$1\" >> "+record+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	var ev events
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	cfg := Config{
		URL: page.URL, Chromium: bin, Profile: filepath.Join(dir, "profile"),
		ExtraArgs:  []string{"--headless", "--no-sandbox", "--disable-gpu"},
		CheckEvery: 200 * time.Millisecond, AnswerWithin: time.Second, Misses: 3,
		Log:    slog.New(slog.NewTextHandler(testWriter{t}, nil)),
		Events: ev.add, Panel: []string{script},
	}
	go func() { done <- Run(ctx, cfg) }()
	stopRun := sync.OnceValue(func() error { cancel(); return <-done })
	defer stopRun()

	_, i := ev.await(t, 0, KindAnswered, 60*time.Second)
	dark.Store(true)
	off, i := ev.await(t, i, KindPanel, 10*time.Second)
	dark.Store(false)
	on, _ := ev.await(t, i+1, KindPanel, 10*time.Second)
	if off.Live != "off" || on.Live != "on" {
		t.Errorf("panel events = %q then %q; want off then on", off.Live, on.Live)
	}
	if err := stopRun(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(record)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Fields(string(b)); strings.Join(got, " ") != "off on" {
		t.Errorf("the panel command ran with %q; want off, then on", got)
	}
}

func TestSplitAnswer(t *testing.T) {
	for in, want := range map[string]struct {
		live string
		dark bool
	}{"1": {"1", false}, "1 dark": {"1", true}, " dark": {"", true}, "": {"", false}} {
		live, dark := splitAnswer(in)
		if live != want.live || dark != want.dark {
			t.Errorf("splitAnswer(%q) = %q, %v; want %q, %v", in, live, dark, want.live, want.dark)
		}
	}
}
