package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// kit is what every test of the package shares: the storecast built once
// in TestMain and one Chromium, in which each test gets browser contexts
// of its own (kit.Tab).
var kit *harness.Kit

// eventually bounds every wait for something that must happen: long
// enough that a loaded 2-core machine running tests side by side never
// fails a test for being slow. How fast things happen is measured by
// `make bench`, not asserted here.
const eventually = time.Minute

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if _, err := os.Stat("../web/app.wasm"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: web/app.wasm is missing; run `make build` (or `make test`) first")
		return 1
	}
	dir, err := os.MkdirTemp("", "storecast-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary := filepath.Join(dir, "storecast")
	if out, err := build(binary, ""); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: build: %v\n%s", err, out)
		return 1
	}
	kit = &harness.Kit{Binary: binary, TestTimeout: 8 * time.Minute}
	defer kit.Close()
	return m.Run()
}

// build builds storecast into out, as build version when not "". It
// builds with -trimpath, as `make build` does, so it reuses that build's
// compiled packages: only the link step runs.
func build(out, version string) ([]byte, error) {
	args := []string{"build", "-trimpath", "-o", out}
	if version != "" {
		args = append(args, "-ldflags=-X storecast/server/command.Version="+version)
	}
	return exec.Command("go", append(args, "storecast")...).CombinedOutput()
}

// buildVersion builds storecast again as build version (what `make build`
// sets from git): the same app.wasm, but a new app version, so screens
// see an update.
func buildVersion(t *testing.T, version string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "storecast-"+version)
	if msg, err := build(out, version); err != nil {
		t.Fatalf("build version %s: %v\n%s", version, err, msg)
	}
	return out
}

// stop stops s with SIGTERM and fails the test if it does not exit
// cleanly.
func stop(t *testing.T, s *harness.Server) {
	t.Helper()
	if err := s.Stop(); err != nil {
		t.Fatalf("%v\n%s", err, s.Log())
	}
}

// freeAddr is harness.FreeAddr for a test.
func freeAddr(t *testing.T) string {
	t.Helper()
	addr, err := harness.FreeAddr()
	if err != nil {
		t.Fatal(err)
	}
	return addr
}

// open navigates and waits until the page is live (data-live="1").
func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url))
	waitJS(t, ctx, harness.LiveJS)
}

// waitJS polls a JavaScript predicate (or a promise of one) in the page
// until it is true, at most until eventually.
func waitJS(t *testing.T, ctx context.Context, predicate string) {
	t.Helper()
	if err := harness.WaitJS(ctx, eventually, predicate); err != nil {
		t.Fatalf("%s: %v", t.Name(), err)
	}
}

// eval runs a JavaScript expression and returns its value; a promise is
// awaited.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := harness.EvalJS[T](ctx, expr)
	if err != nil {
		t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// do runs browser steps, each bounded by eventually.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, eventually)
	defer cancel()
	if err := chromedp.Do(tctx, steps...); err != nil {
		t.Fatalf("%s: browser: %v", t.Name(), err)
	}
}
