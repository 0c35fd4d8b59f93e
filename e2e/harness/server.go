package harness

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Options says how to start storecast; only Binary is required.
type Options struct {
	Binary  string    // the storecast to run
	DataDir string    // "" for a new temporary one, removed by Stop and Kill
	Addr    string    // listen address; "" for 127.0.0.1:0 (any free port)
	Args    []string  // more `storecast serve` flags, e.g. "--history", "64"
	Env     []string  // more environment, KEY=value
	Stderr  io.Writer // also gets the server's log, e.g. to read gctrace lines
}

// Server is one running `storecast serve` process.
type Server struct {
	URL     string // http://127.0.0.1:PORT
	Addr    string // 127.0.0.1:PORT
	Token   string // the admin bearer token from DATA/admin-token
	DataDir string
	*process

	ownData bool // DataDir is ours to remove
}

var bannerURL = regexp.MustCompile(`kiosk\s+(http://\S+)/kiosk`)

// startWait bounds each part of a start: the URL on stdout, then /readyz.
const startWait = 30 * time.Second

// Start runs `storecast serve` as o says and returns once it has printed
// its URL and answers /readyz.
func Start(ctx context.Context, o Options) (*Server, error) {
	s := &Server{DataDir: o.DataDir}
	if s.DataDir == "" {
		dir, err := os.MkdirTemp("", "storecast-data-")
		if err != nil {
			return nil, fmt.Errorf("harness: start: %w", err)
		}
		s.DataDir, s.ownData = dir, true
	}
	addr := o.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	p, stdout, err := startProcess(o.Binary, append([]string{"serve", "--addr", addr, "--data", s.DataDir}, o.Args...), o.Env, o.Stderr)
	if err != nil {
		s.removeData()
		return nil, fmt.Errorf("harness: start: %w", err)
	}
	s.process = p
	if err := s.await(ctx, stdout); err != nil {
		s.Kill()
		return nil, err
	}
	return s, nil
}

// await reads the URL from the banner, the token from the data
// directory, and waits for /readyz.
func (s *Server) await(ctx context.Context, stdout io.Reader) error {
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if m := bannerURL.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
			}
		}
	}()
	timer := time.NewTimer(startWait)
	defer timer.Stop()
	select {
	case s.URL = <-found:
	case <-s.gone:
		return fmt.Errorf("harness: storecast exited before serving: %v\n%s", s.waitErr, s.log)
	case <-timer.C:
		return fmt.Errorf("harness: storecast printed no URL within %v\n%s", startWait, s.log)
	case <-ctx.Done():
		return fmt.Errorf("harness: start: %w", ctx.Err())
	}
	s.Addr = strings.TrimPrefix(s.URL, "http://")
	tok, err := os.ReadFile(filepath.Join(s.DataDir, "admin-token"))
	if err != nil {
		return fmt.Errorf("harness: start: %w", err)
	}
	s.Token = strings.TrimSpace(string(tok))
	err = Poll(ctx, startWait, 20*time.Millisecond, func() error {
		rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		req, err := http.NewRequestWithContext(rctx, http.MethodGet, s.URL+"/readyz", nil)
		if err != nil {
			return err
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("/readyz = %d", res.StatusCode)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("harness: storecast not ready: %w\n%s", err, s.log)
	}
	return nil
}

// FreeAddr returns a loopback address with a port that was free a moment
// ago, for a server that must come back on the same port after a restart
// (a page's live feed reconnects to its own origin).
func FreeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("harness: free address: %w", err)
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// Stop sends SIGTERM, as an operator would, and waits for a clean exit,
// killing the process after 20 s. The error says what went wrong: the
// process had exited on its own, exited non-zero, or had to be killed. A
// server already stopped or killed is left alone.
func (s *Server) Stop() error {
	if !s.markEnded() {
		return nil
	}
	defer s.removeData()
	return s.terminate()
}

// Kill ends the process with SIGKILL, as a power cut or the OOM killer
// would: no shutdown code runs.
func (s *Server) Kill() error {
	defer s.removeData()
	return s.kill()
}

func (s *Server) removeData() {
	if s.ownData {
		os.RemoveAll(s.DataDir)
	}
}
