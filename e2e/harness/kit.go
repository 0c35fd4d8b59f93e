package harness

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Kit is what one package's tests share: the storecast binary they run
// and one Chromium, started by the first test that needs it. TestMain
// makes it and closes it.
type Kit struct {
	Binary        string         // the storecast Server runs unless told otherwise
	ChromiumFlags map[string]any // see StartBrowser
	// TestTimeout is each test's deadline for its browser steps and
	// waits (Context); 0 means 5 minutes. A test that hangs then fails
	// by itself, saying what it waited for, long before the package's
	// -timeout would end every test at once.
	TestTimeout time.Duration

	once       sync.Once
	browser    *Browser
	browserErr error

	mu   sync.Mutex
	ctxs map[testing.TB]context.Context
}

// errTestDeadline is the cause of a test context that reached its
// deadline.
var errTestDeadline = errors.New("the test's deadline passed")

// Close stops the browser, if one started.
func (k *Kit) Close() {
	if k.browser != nil {
		k.browser.Close()
	}
}

// Context is the test's context: it ends at the test's deadline (see
// TestTimeout, and never after the test binary's own -timeout) or when the
// test ends, whichever is first. Every tab of the test follows it.
func (k *Kit) Context(t testing.TB) context.Context {
	k.mu.Lock()
	defer k.mu.Unlock()
	if ctx, ok := k.ctxs[t]; ok {
		return ctx
	}
	d := k.TestTimeout
	if d == 0 {
		d = 5 * time.Minute
	}
	deadline := time.Now().Add(d)
	if tt, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		// Leave the binary's deadline a moment to print what failed.
		if end, ok := tt.Deadline(); ok && end.Add(-10*time.Second).Before(deadline) {
			deadline = end.Add(-10 * time.Second)
		}
	}
	ctx, cancel := context.WithDeadlineCause(context.Background(), deadline,
		fmt.Errorf("%w (%v after its first server or tab)", errTestDeadline, time.Until(deadline).Round(time.Second)))
	if k.ctxs == nil {
		k.ctxs = map[testing.TB]context.Context{}
	}
	k.ctxs[t] = ctx
	t.Cleanup(func() {
		cancel()
		k.mu.Lock()
		delete(k.ctxs, t)
		k.mu.Unlock()
	})
	return ctx
}

// Server runs storecast as o says (k.Binary unless o.Binary is set, a new
// t.TempDir() unless o.DataDir is set) and waits until it is ready. It is
// stopped when the test ends, unless the test ended it, and its log is
// printed if the test failed.
func (k *Kit) Server(t testing.TB, o Options) *Server {
	t.Helper()
	if o.Binary == "" {
		o.Binary = k.Binary
	}
	if o.DataDir == "" {
		o.DataDir = t.TempDir()
	}
	s, err := Start(k.Context(t), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Stop(); err != nil {
			t.Errorf("%v\n%s", err, s.Log())
		} else if t.Failed() {
			t.Logf("storecast log:\n%s", s.Log())
		}
	})
	return s
}

// Cluster starts a cluster of n `storecast nats` servers (StartCluster)
// in a t.TempDir(). They are stopped when the test ends, unless the test
// ended them, and their logs are printed if the test failed.
func (k *Kit) Cluster(t testing.TB, n int) *Cluster {
	t.Helper()
	c, err := StartCluster(k.Context(t), k.Binary, t.TempDir(), n)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Stop(); err != nil {
			t.Error(err)
		}
		if t.Failed() {
			for _, n := range c.Nodes {
				t.Logf("%s log:\n%s", n.Config, n.Log())
			}
		}
	})
	return c
}

// API is Call for a test: it fails the test on anything but an answer
// and returns the status code.
func (s *Server) API(t testing.TB, method, path string, body, out any) int {
	t.Helper()
	return s.APIAs(t, s.Token, method, path, body, out)
}

// APIAs is API with token, or with no credential when token is "" (see
// CallAs).
func (s *Server) APIAs(t testing.TB, token, method, path string, body, out any) int {
	t.Helper()
	code, err := s.CallAs(context.Background(), token, method, path, body, out)
	if _, ok := errors.AsType[*StatusError](err); err != nil && !ok {
		t.Fatal(err)
	}
	return code
}

// viewport is a tab's size, kept in its context for the tabs opened from
// it.
type viewport struct{ width, height int }

type viewportKey struct{}

// Tab opens a tab in a browser context of the test's own (storage,
// cookies, caches and service workers apart from every other test's),
// with a viewport of width × height CSS pixels, in the package's shared
// Chromium. Without Chromium the test is skipped, loudly, except under
// CI=true, where that is a failure.
func (k *Kit) Tab(t testing.TB, width, height int) context.Context {
	t.Helper()
	k.once.Do(func() { k.browser, k.browserErr = StartBrowser(k.ChromiumFlags) })
	if errors.Is(k.browserErr, ErrNoChromium) {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but no Chromium found: install Debian's chromium")
		}
		t.Skip("SKIPPING BROWSER TEST: " + ErrNoChromium.Error())
	}
	if k.browserErr != nil {
		t.Fatal(k.browserErr)
	}
	tab, cancel, err := k.browser.NewContext(k.Context(t), width, height)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cancel)
	return context.WithValue(tab, viewportKey{}, viewport{width, height})
}

// NewTab opens another tab in the browser context of tab, at its
// viewport size: the two share storage, as two tabs of one browser do.
func NewTab(t testing.TB, tab context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(tab)
	t.Cleanup(cancel)
	vp, _ := tab.Value(viewportKey{}).(viewport)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(vp.width), int64(vp.height))); err != nil {
		t.Fatalf("new tab: %v", err)
	}
	return ctx
}
