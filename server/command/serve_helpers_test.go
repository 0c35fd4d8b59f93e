package command

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a server writing while a test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor polls cond every poll until it holds or wait passes.
func waitFor(t testing.TB, wait, poll time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, wait)
		}
		time.Sleep(poll)
	}
}

var (
	bannerURL   = regexp.MustCompile(`kiosk +(https?://[^ ]+)/kiosk`)
	servingAddr = regexp.MustCompile(`(?:msg=serving addr=|"msg":"serving","addr":")([^\s"]+)`) // text or json
)

// testServer is the real `storecast serve`, in process, on a free port.
type testServer struct {
	URL    string // http://127.0.0.1:PORT
	Token  string // the data directory's admin token
	stop   context.CancelFunc
	done   chan error
	stderr *syncBuffer
}

// startServer runs `storecast serve --addr 127.0.0.1:0 --data dir extra…`
// and waits until it answers /readyz; it is stopped when the test ends.
func startServer(t *testing.T, dir string, extra ...string) *testServer {
	t.Helper()
	return startServerEnv(t, dir, nil, extra...)
}

// startServerEnv is startServer with an environment. A server serving
// HTTPS (--tls-cert) is ready when it prints its banner: the test's own
// client does not trust its certificate.
func startServerEnv(t *testing.T, dir string, env map[string]string, extra ...string) *testServer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	out, errOut := &syncBuffer{}, &syncBuffer{}
	s := &testServer{stop: cancel, done: make(chan error, 1), stderr: errOut}
	args := append([]string{"storecast", "serve", "--addr", "127.0.0.1:0", "--data", dir}, extra...)
	go func() { s.done <- Run(ctx, args, func(k string) string { return env[k] }, out, errOut) }()
	waitFor(t, 30*time.Second, 10*time.Millisecond, "server banner", func() bool {
		select {
		case err := <-s.done:
			t.Fatalf("serve stopped: %v\n%s", err, errOut)
		default:
		}
		return bannerURL.MatchString(out.String())
	})
	// The banner names the public URL; the log line the address it listens on.
	public := bannerURL.FindStringSubmatch(out.String())[1]
	waitFor(t, 10*time.Second, 10*time.Millisecond, "serving log line", func() bool { return servingAddr.MatchString(errOut.String()) })
	scheme, _, _ := strings.Cut(public, ":")
	s.URL = scheme + "://" + servingAddr.FindStringSubmatch(errOut.String())[1]
	t.Cleanup(s.Stop)
	if strings.HasPrefix(s.URL, "https:") {
		return s
	}
	waitFor(t, 10*time.Second, 10*time.Millisecond, "/readyz", func() bool {
		res, err := http.Get(s.URL + "/readyz")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	})
	tok, err := os.ReadFile(filepath.Join(dir, adminTokenFile))
	if err != nil {
		t.Fatal(err)
	}
	s.Token = strings.TrimSpace(string(tok))
	return s
}

// Stop stops the server and waits for it; a second call does nothing.
func (s *testServer) Stop() {
	if s.done == nil {
		return
	}
	s.stop()
	<-s.done
	s.done = nil
}
