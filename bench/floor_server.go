package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"storecast/e2e/harness"
)

// floorServer is the floor program (bench/floor, built by make bench into
// its directory with its wasm) on a free loopback port.
type floorServer struct {
	URL    string // of the floor page
	cmd    *exec.Cmd
	stderr bytes.Buffer // read only once the process has exited
	gone   chan struct{}
}

// startFloor runs dir/floor over the web directory and waits until the
// page answers.
func startFloor(ctx context.Context, dir, web string) (*floorServer, error) {
	bin := filepath.Join(dir, "floor")
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("bench: floor: %w (make bench builds it)", err)
	}
	f := &floorServer{cmd: exec.Command(bin, "-web", web, "-wasm", dir), gone: make(chan struct{})}
	f.cmd.Stderr = &f.stderr
	stdout, err := f.cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("bench: floor: %w", err)
	}
	if err := f.cmd.Start(); err != nil {
		return nil, fmt.Errorf("bench: floor: %w", err)
	}
	go func() {
		f.cmd.Wait()
		close(f.gone)
	}()
	url := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), "floor "); ok {
				url <- u
			}
		}
	}()
	select {
	case f.URL = <-url:
	case <-f.gone:
		return nil, fmt.Errorf("bench: floor exited before serving: %s", strings.TrimSpace(f.stderr.String()))
	case <-time.After(floorWait):
		f.Stop()
		return nil, fmt.Errorf("bench: floor printed no URL within %v", floorWait)
	}
	err = harness.Poll(ctx, floorWait, 20*time.Millisecond, func() error {
		rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		req, err := http.NewRequestWithContext(rctx, http.MethodGet, f.URL, nil)
		if err != nil {
			return err
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		res.Body.Close()
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("GET %s = %d", f.URL, res.StatusCode)
		}
		return nil
	})
	if err != nil {
		f.Stop()
		return nil, fmt.Errorf("bench: floor not ready: %w", err)
	}
	return f, nil
}

// floorWait bounds the floor's start, and each part of it.
const floorWait = 30 * time.Second

// Stop ends the floor with SIGTERM, killing it after 10 s.
func (f *floorServer) Stop() {
	_ = f.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-f.gone:
	case <-time.After(10 * time.Second):
		_ = f.cmd.Process.Kill()
		<-f.gone
	}
}
