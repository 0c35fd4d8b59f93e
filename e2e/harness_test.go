package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// binary is the storecast built once for the whole package.
var binary string

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
	binary = filepath.Join(dir, "storecast")
	build := exec.Command("go", "build", "-o", binary, "..")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: build:", err)
		return 1
	}
	return m.Run()
}

// buildVersion builds storecast again as build version (what `make build`
// sets from git): the same app.wasm, but a new app version, so screens
// see an update. Only the link step runs again.
func buildVersion(t *testing.T, version string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "storecast-"+version)
	build := exec.Command("go", "build", "-ldflags=-X storecast/server/command.Version="+version, "-o", out, "..")
	if msg, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build version %s: %v\n%s", version, err, msg)
	}
	return out
}

// server is one running storecast process.
type server struct {
	URL     string
	Addr    string // host:port it listens on
	Token   string
	DataDir string
	cmd     *exec.Cmd
	stderr  *syncBuffer
	gone    chan struct{} // closed once the process has exited
	waitErr error         // how it exited; read only after gone is closed
	ended   bool          // the test already stopped or killed it
}

// serverOptions says how to start storecast; the zero value is a fresh
// data directory on any free port.
type serverOptions struct {
	DataDir string   // "" for a new temporary one
	Addr    string   // listen address; "" for 127.0.0.1:0 (any free port)
	Args    []string // more `storecast serve` flags, e.g. "--history", "64"
	Env     []string // more environment, KEY=value
	Binary  string   // "" for the package's build; see buildVersion
}

var bannerURL = regexp.MustCompile(`kiosk\s+(http://\S+)/kiosk`)

// startServer runs storecast serve on a free port with dataDir (a new
// temporary one when empty) and waits until it answers /readyz.
func startServer(t *testing.T, dataDir string, env ...string) *server {
	t.Helper()
	return startServerWith(t, serverOptions{DataDir: dataDir, Env: env})
}

// startServerWith runs storecast serve as opts says and waits until it
// answers /readyz. The process is stopped (SIGTERM) when the test ends,
// unless the test already stopped or killed it.
func startServerWith(t *testing.T, opts serverOptions) *server {
	t.Helper()
	if opts.DataDir == "" {
		opts.DataDir = t.TempDir()
	}
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:0"
	}
	args := append([]string{"serve", "--addr", opts.Addr, "--data", opts.DataDir}, opts.Args...)
	bin := binary
	if opts.Binary != "" {
		bin = opts.Binary
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), opts.Env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &server{DataDir: opts.DataDir, cmd: cmd, stderr: &syncBuffer{}, gone: make(chan struct{})}
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		s.waitErr = cmd.Wait()
		close(s.gone)
	}()
	t.Cleanup(func() {
		s.stop(t)
		if t.Failed() {
			t.Logf("storecast log:\n%s", s.stderr)
		}
	})

	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := bannerURL.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case s.URL = <-found:
	case <-s.gone:
		t.Fatalf("storecast exited before serving: %v\n%s", s.waitErr, s.stderr)
	case <-time.After(30 * time.Second):
		t.Fatalf("storecast printed no URL within 30s\n%s", s.stderr)
	}
	s.Addr = strings.TrimPrefix(s.URL, "http://")
	tok, err := os.ReadFile(filepath.Join(opts.DataDir, "admin-token"))
	if err != nil {
		t.Fatal(err)
	}
	s.Token = strings.TrimSpace(string(tok))
	waitFor(t, 10*time.Second, "readyz", func() bool {
		res, err := http.Get(s.URL + "/readyz")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	})
	return s
}

// freeAddr returns a loopback address with a port that was free a moment
// ago, for a server that must come back on the same port after a restart
// (a page's live feed reconnects to its own origin).
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// wait waits up to timeout for the process to exit and reports how it
// exited; ok is false if it is still running.
func (s *server) wait(timeout time.Duration) (err error, ok bool) {
	select {
	case <-s.gone:
		return s.waitErr, true
	case <-time.After(timeout):
		return nil, false
	}
}

// stop sends SIGTERM and waits for a clean exit. A server the test already
// ended is left alone.
func (s *server) stop(t *testing.T) {
	t.Helper()
	if s.ended {
		return
	}
	s.ended = true
	select {
	case <-s.gone:
		if s.waitErr != nil {
			t.Errorf("storecast exited on its own: %v\n%s", s.waitErr, s.stderr)
		}
		return
	default:
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	if err, ok := s.wait(20 * time.Second); !ok {
		_ = s.cmd.Process.Kill()
		<-s.gone
		t.Errorf("storecast did not stop within 20s of SIGTERM\n%s", s.stderr)
	} else if err != nil {
		t.Errorf("storecast exit after SIGTERM: %v\n%s", err, s.stderr)
	}
}

// kill ends the process with SIGKILL, as a power cut or the OOM killer
// would: no shutdown code runs.
func (s *server) kill(t *testing.T) {
	t.Helper()
	s.ended = true
	_ = s.cmd.Process.Kill()
	if _, ok := s.wait(10 * time.Second); !ok {
		t.Fatalf("storecast still running 10s after SIGKILL")
	}
}

// syncBuffer is a bytes.Buffer that the process's stderr copier and the
// test may use at the same time.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// api calls the JSON API with the admin token and decodes the answer into
// out (when not nil). It returns the status code.
func (s *server) api(t *testing.T, method, path string, body, out any) int {
	t.Helper()
	code, err := s.call(method, path, body, out)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// call is api for goroutines other than the test's: it returns errors
// instead of failing the test.
func (s *server) call(method, path string, body, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, s.URL+path, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer res.Body.Close()
	if out != nil && res.StatusCode < 300 {
		if err := json.NewDecoder(res.Body).Decode(out); err != nil {
			return res.StatusCode, fmt.Errorf("%s %s: decode: %w", method, path, err)
		}
	}
	return res.StatusCode, nil
}

// waitFor polls fn until it is true or the deadline passes.
func waitFor(t *testing.T, timeout time.Duration, what string, fn func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !fn() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
