package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// server is one real `storecast serve` process on a free loopback port
// with its own data directory, as a store would run it.
type server struct {
	URL   string // http://127.0.0.1:PORT
	Token string // admin bearer token from DATA/admin-token
	PID   int

	cmd    *exec.Cmd
	data   string
	log    *tailBuffer
	gc     *gcWatch
	exited chan error
}

var bannerURL = regexp.MustCompile(`kiosk\s+(http://\S+)/kiosk`)

// startServer runs binary and waits until it prints its URL and answers
// /readyz. Everything about it is bounded: 30 s to start.
func startServer(ctx context.Context, binary string) (*server, error) {
	data, err := os.MkdirTemp("", "storecast-bench-")
	if err != nil {
		return nil, fmt.Errorf("bench: server: %w", err)
	}
	cmd := exec.Command(binary, "serve", "--addr", "127.0.0.1:0", "--data", data)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("bench: server: %w", err)
	}
	// gctrace lets the bench read the server's heap after a collection.
	cmd.Env = append(os.Environ(), "GODEBUG=gctrace=1")
	s := &server{cmd: cmd, data: data, log: &tailBuffer{max: 64 << 10}, gc: &gcWatch{}, exited: make(chan error, 1)}
	// Only the tail of the log is kept: a server logging every screen
	// must not fill the generator's memory.
	cmd.Stderr = io.MultiWriter(s.log, s.gc)
	if err := cmd.Start(); err != nil {
		os.RemoveAll(data)
		return nil, fmt.Errorf("bench: server: %w", err)
	}
	s.PID = cmd.Process.Pid
	go func() { s.exited <- cmd.Wait() }()

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
	case err := <-s.exited:
		os.RemoveAll(data)
		return nil, fmt.Errorf("bench: server exited before serving: %v\n%s", err, s.log)
	case <-time.After(30 * time.Second):
		s.Stop()
		return nil, fmt.Errorf("bench: server printed no URL within 30s\n%s", s.log)
	}
	tok, err := os.ReadFile(filepath.Join(data, "admin-token"))
	if err != nil {
		s.Stop()
		return nil, fmt.Errorf("bench: server: %w", err)
	}
	s.Token = strings.TrimSpace(string(tok))
	if err := s.waitReady(ctx, 10*time.Second); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

func (s *server) waitReady(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+"/readyz", nil)
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("bench: server not ready within %v", timeout)
}

// Stop sends SIGTERM, as an operator would, and waits up to 20 s for a
// clean exit before killing; the data directory goes with it.
func (s *server) Stop() {
	defer os.RemoveAll(s.data)
	if s.cmd.ProcessState != nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(20 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
}

// api calls the JSON API with the admin token and decodes the answer into
// out when it is not nil.
func (s *server) api(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, s.URL+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+s.Token)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("bench: %s %s: %w", method, path, err)
	}
	defer res.Body.Close()
	if res.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(res.Body, 1024))
		return fmt.Errorf("bench: %s %s: %s: %s", method, path, res.Status, msg)
	}
	if out == nil {
		_, err = io.Copy(io.Discard, res.Body)
		return err
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// promotion is the body the bench sends: one title in English, so pages
// opened with ?lang=en show exactly it.
func promotion(title string, priority int) map[string]any {
	return map[string]any{
		"title":    map[string]string{"en": title},
		"price":    990,
		"priority": priority,
	}
}

// tailBuffer keeps the last max bytes written: enough of a server's log to
// say why it failed, never all of it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if over := len(t.b) - t.max; over > 0 {
		t.b = append(t.b[:0], t.b[over:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}
