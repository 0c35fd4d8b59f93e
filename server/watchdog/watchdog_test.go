package watchdog

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// chromium finds the browser, or skips the test loudly (fails on CI).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is not installed; CI must have it")
	}
	t.Skip("SKIPPED: no Chromium on this machine; the watchdog is untested against a real browser")
	return ""
}

// events records what the watchdog reports, for polling.
type events struct {
	mu  sync.Mutex
	all []timed
}

type timed struct {
	Event
	at time.Time
}

func (e *events) add(ev Event) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.all = append(e.all, timed{ev, time.Now()})
}

// after returns the first event of kind at or after index from, and its
// index, or false. For KindAnswered, only an answer that the page is live.
func (e *events) after(from int, kind EventKind) (timed, int, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for i := from; i < len(e.all); i++ {
		if e.all[i].Kind == kind && (kind != KindAnswered || e.all[i].Live == "1") {
			return e.all[i], i, true
		}
	}
	return timed{}, 0, false
}

// await polls until an event of kind comes at or after from; for
// KindAnswered, until the page answers that it is live.
func (e *events) await(t *testing.T, from int, kind EventKind, within time.Duration) (timed, int) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		if ev, i, ok := e.after(from, kind); ok {
			return ev, i
		}
		if time.Now().After(deadline) {
			e.mu.Lock()
			defer e.mu.Unlock()
			t.Fatalf("no %q event within %v; saw %v", kind, within, e.all)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// alive reports whether any process of the group pgid is left.
func alive(pgid int) bool {
	return !errors.Is(syscall.Kill(-pgid, 0), syscall.ESRCH)
}

// TestWatchdogRestartsRealChromium runs the watchdog on a real headless
// Chromium showing a page that says it is live: killed with SIGKILL, the
// browser is started again; when its page hangs (a loop on its main
// thread), it is killed and started again; when the watchdog stops, no
// process of it is left.
func TestWatchdogRestartsRealChromium(t *testing.T) {
	bin := chromium(t)
	var hang atomic.Bool
	mux := http.NewServeMux()
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<!doctype html><html><body><script>
document.documentElement.dataset.live = "1";
setInterval(async () => {
  const r = await fetch("/hang");
  if (await r.text() === "yes") { for (;;) {} }
}, 100);
</script></body></html>`)
	})
	mux.HandleFunc("GET /hang", func(w http.ResponseWriter, r *http.Request) {
		if hang.CompareAndSwap(true, false) { // one page hangs, not its successor
			fmt.Fprint(w, "yes")
			return
		}
		fmt.Fprint(w, "no")
	})
	page := httptest.NewServer(mux)
	defer page.Close()

	var ev events
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	cfg := Config{
		URL: page.URL, Chromium: bin, Profile: filepath.Join(t.TempDir(), "profile"),
		ExtraArgs:  []string{"--headless", "--no-sandbox", "--disable-gpu"},
		CheckEvery: 250 * time.Millisecond, AnswerWithin: time.Second, Misses: 3,
		Backoff: Backoff{Min: 200 * time.Millisecond, Max: 2 * time.Second, StableAfter: time.Minute},
		Log:     slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Events:  ev.add,
	}
	go func() { done <- Run(ctx, cfg) }()
	stopRun := sync.OnceValue(func() error { cancel(); return <-done })
	defer stopRun() // logging ends before the test does

	first, i := ev.await(t, 0, KindStarted, 30*time.Second)
	live, i := ev.await(t, i, KindAnswered, 60*time.Second)
	t.Logf("started to first live answer: %v", live.at.Sub(first.at).Round(time.Millisecond))

	// kill -9: started again.
	killed := time.Now()
	if err := syscall.Kill(first.PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_, i = ev.await(t, i, KindExited, 10*time.Second)
	second, i := ev.await(t, i, KindStarted, 10*time.Second)
	answered, i := ev.await(t, i, KindAnswered, 60*time.Second)
	if second.PID == first.PID {
		t.Fatalf("restarted browser has the killed one's pid %d", second.PID)
	}
	t.Logf("after kill -9: started again in %v, page answering in %v",
		second.at.Sub(killed).Round(time.Millisecond), answered.at.Sub(killed).Round(time.Millisecond))

	// A hung page: killed and started again.
	hungAt := time.Now()
	hang.Store(true)
	hung, i := ev.await(t, i, KindHung, 30*time.Second)
	if hung.PID != second.PID {
		t.Errorf("hung pid = %d; want %d", hung.PID, second.PID)
	}
	third, i := ev.await(t, i, KindStarted, 20*time.Second)
	answered, _ = ev.await(t, i, KindAnswered, 60*time.Second)
	t.Logf("hang (JS loop): seen in %v, started again in %v, page answering in %v",
		hung.at.Sub(hungAt).Round(time.Millisecond), third.at.Sub(hungAt).Round(time.Millisecond), answered.at.Sub(hungAt).Round(time.Millisecond))
	if alive(second.PID) {
		t.Errorf("the hung browser's process group %d is still alive", second.PID)
	}

	if err := stopRun(); err != nil {
		t.Errorf("Run = %v; want nil after cancel", err)
	}
	if alive(third.PID) {
		t.Errorf("after Run returned, the browser's process group %d is still alive", third.PID)
	}
}

// TestWatchdogBacksOffACrashLoop: a browser that exits at once is started
// again after 1, 2, 4, … times Min, up to Max.
func TestWatchdogBacksOffACrashLoop(t *testing.T) {
	crasher := filepath.Join(t.TempDir(), "chromium")
	if err := os.WriteFile(crasher, []byte("#!/bin/sh\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	var ev events
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Config{URL: "http://127.0.0.1:1/", Chromium: crasher, Profile: t.TempDir(),
			Backoff: Backoff{Min: 40 * time.Millisecond, Max: 320 * time.Millisecond, StableAfter: time.Minute}, Events: ev.add})
	}()
	want := []time.Duration{40, 80, 160, 320, 320, 320}
	i := 0
	var waits []time.Duration
	for range want {
		var r timed
		r, i = ev.await(t, i, KindRestarting, 10*time.Second)
		waits = append(waits, r.Wait)
		i++
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for k, w := range want {
		if waits[k] != w*time.Millisecond {
			t.Fatalf("waits = %v; want %v ms", waits, want)
		}
	}
	// And the waits were kept: each start came at least its wait after
	// the exit before it.
	ev.mu.Lock()
	defer ev.mu.Unlock()
	var lastExit time.Time
	n := 0
	for _, e := range ev.all {
		switch e.Kind {
		case KindExited:
			lastExit = e.at
		case KindStarted:
			if !lastExit.IsZero() && n < len(waits) {
				if gap := e.at.Sub(lastExit); gap < waits[n] {
					t.Errorf("start %d came %v after the exit; want at least %v", n+1, gap, waits[n])
				}
				n++
			}
		}
	}
}

func TestRunRefusesAMissingBrowser(t *testing.T) {
	err := Run(context.Background(), Config{URL: "http://x/", Chromium: "/nonexistent/chromium", Profile: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatalf("Run with no browser = %v; want an error saying so", err)
	}
}

func TestArgs(t *testing.T) {
	args := Args("http://store.local:8080/signage", "/home/kiosk/.config/storecast-kiosk", "--headless")
	for _, want := range []string{"--kiosk", "--no-first-run", "--disable-background-networking", "--disable-quic",
		"--js-flags=--no-wasm-lazy-compilation", "--autoplay-policy=no-user-gesture-required", "--enable-speech-dispatcher",
		"--disable-session-crashed-bubble", "--noerrdialogs", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
		"--user-data-dir=/home/kiosk/.config/storecast-kiosk", "--headless"} {
		found := false
		for _, a := range args {
			found = found || a == want
		}
		if !found {
			t.Errorf("Args lacks %s: %q", want, args)
		}
	}
	if last := args[len(args)-1]; last != "http://store.local:8080/signage" {
		t.Errorf("last argument = %q; want the URL", last)
	}
}

func TestForgetCrash(t *testing.T) {
	profile := t.TempDir()
	path := filepath.Join(profile, "Default", "Preferences")
	os.MkdirAll(filepath.Dir(path), 0o700)
	os.WriteFile(path, []byte(`{"profile":{"exit_type":"Crashed","exited_cleanly":false,"name":"x"}}`), 0o600)
	if err := forgetCrash(profile); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if want := `{"profile":{"exit_type":"Normal","exited_cleanly":true,"name":"x"}}`; string(got) != want {
		t.Errorf("Preferences = %s; want %s", got, want)
	}
	if err := forgetCrash(t.TempDir()); err != nil {
		t.Errorf("a new profile: %v", err)
	}
}

// testWriter sends log lines to t.Log.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
