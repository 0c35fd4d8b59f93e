//go:build linux

package api

import (
	"context"
	"io"
	"net/http"
	"os"
	"sync"
	"syscall"
	"testing"
)

// TestAnonymousBurstIsAnsweredNot500 is the kiosk search burst an outside
// tester sent, under a file-descriptor budget that leaves room for the
// HTTP connections and a few dozen more: every request gets a result (200)
// or "busy, retry" (503 with Retry-After), never a 500 because the store
// opened a database connection per request and ran out of descriptors.
func TestAnonymousBurstIsAnsweredNot500(t *testing.T) {
	e := newEnv(t)
	if _, err := e.store.SeedKioskDemo(context.Background()); err != nil {
		t.Fatal(err)
	}
	const clients, each = 300, 4 // far above the store's read pool
	limitOpenFiles(t, openFiles(t)+2*clients+64)

	client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: clients, MaxIdleConnsPerHost: clients}}
	t.Cleanup(client.CloseIdleConnections)
	var mu sync.Mutex
	counts := map[int]int{}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for c := range clients {
		wg.Go(func() {
			<-start
			for range each {
				res, err := client.Get(e.srv.URL + "/api/v1/kiosk/products?q=milk")
				if err != nil {
					t.Errorf("client %d: %v", c, err)
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode == http.StatusServiceUnavailable && res.Header.Get("Retry-After") == "" {
					t.Errorf("503 without Retry-After")
				}
				mu.Lock()
				counts[res.StatusCode]++
				mu.Unlock()
			}
		})
	}
	close(start)
	wg.Wait()
	for status, n := range counts {
		if status != http.StatusOK && status != http.StatusServiceUnavailable {
			t.Errorf("%d answers of %d %s; want only 200 and 503", n, status, http.StatusText(status))
		}
	}
	t.Logf("%d requests from %d clients: %v", clients*each, clients, counts)
}

// openFiles counts this process's open file descriptors.
func openFiles(t *testing.T) int {
	t.Helper()
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skipf("cannot count open files: %v", err)
	}
	return len(fds)
}

// limitOpenFiles lowers the soft RLIMIT_NOFILE to n for the rest of the
// test, as a server started under `ulimit -n` would run.
func limitOpenFiles(t *testing.T, n int) {
	t.Helper()
	var was syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &was); err != nil {
		t.Skipf("getrlimit: %v", err)
	}
	if was.Cur < uint64(n) {
		t.Skipf("open-file limit %d is already below the %d this test sets", was.Cur, n)
	}
	lim := was
	lim.Cur = uint64(n)
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Skipf("setrlimit: %v", err)
	}
	t.Cleanup(func() { syscall.Setrlimit(syscall.RLIMIT_NOFILE, &was) })
}
