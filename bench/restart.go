package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"storecast/e2e/harness"
)

// restartMarks is how many marked events the fleet applies before the
// kill, so every screen stands at a position past the start.
const restartMarks = 5

// benchRestart measures what a store's screens live through when its
// server is killed (a power cut, the OOM killer) and started again on the
// same data directory and port: how long n screens take to connect to a
// fresh server, and, after the restart, how long until every one of them
// has resumed by replay, and how many needed a snapshot instead (the
// feed's history is on disk, so the goal is none).
func benchRestart(ctx context.Context, res *Results, binary string, n int) error {
	section := fmt.Sprintf("restart N=%d", n)
	dir, err := os.MkdirTemp("", "storecast-bench-restart-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	addr, err := harness.FreeAddr()
	if err != nil {
		return err
	}
	o := harness.Options{Binary: binary, DataDir: dir, Addr: addr}
	s1, err := harness.Start(ctx, o)
	if err != nil {
		return fmt.Errorf("bench: restart: %w", err)
	}
	first := &server{Server: s1}
	var promo struct {
		ID string `json:"id"`
	}
	if err := first.api(ctx, "POST", "/api/v1/promotions", promotion("Bench restart", 1), &promo); err != nil {
		s1.Stop()
		return err
	}

	runCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		stop()
		wg.Wait()
	}()
	wsURL := "ws" + strings.TrimPrefix(s1.URL, "http") + "/ws"
	screens := make([]*churnScreen, n)
	applied := &atomic.Int64{}
	resumed := &atomic.Int64{}
	readyc := make(chan error, n)
	slots := make(chan struct{}, 64) // handshakes in flight
	start := time.Now()
	for i := range screens {
		sc := &churnScreen{i: i, applied: applied, onResumed: func() { resumed.Add(1) }}
		screens[i] = sc
		slots <- struct{}{}
		var once sync.Once
		ready := func(err error) { once.Do(func() { <-slots; readyc <- err }) }
		wg.Go(func() { sc.run(runCtx, wsURL, ready) })
	}
	if err := awaitReady(readyc, n, 60*time.Second); err != nil {
		s1.Stop()
		return fmt.Errorf("bench: restart: %w", err)
	}
	connected := time.Since(start)
	res.add(Row{Section: section, Name: "connect, fresh server", Value: float64(connected.Milliseconds()), Unit: "ms",
		Note: "hello to snapshot for every screen, 64 handshakes in flight"})

	if _, err := publishMarked(ctx, first, promo.ID, restartMarks, 50*time.Millisecond); err != nil {
		s1.Stop()
		return err
	}
	if err := waitDelivered(ctx, applied, int64(n*restartMarks), 20*time.Second); err != nil {
		s1.Stop()
		return fmt.Errorf("bench: restart: before the kill: %w", err)
	}

	resumed.Store(0)
	killed := time.Now()
	if err := s1.Kill(); err != nil {
		return err
	}
	s2, err := harness.Start(ctx, o)
	if err != nil {
		return fmt.Errorf("bench: restart: again: %w", err)
	}
	defer s2.Stop()
	up := time.Now()
	if err := waitDelivered(ctx, resumed, int64(n), 60*time.Second); err != nil {
		return fmt.Errorf("bench: restart: resuming: %w", err)
	}
	all := time.Now()
	stop()
	wg.Wait()
	snapshots, gaps := 0, 0
	for _, sc := range screens {
		snapshots += sc.snapshots
		gaps += sc.gaps + sc.dupes
	}
	res.add(Row{Section: section, Name: "server start after SIGKILL", Value: float64(up.Sub(killed).Milliseconds()), Unit: "ms",
		Note: "same data directory and port, until /readyz answers"})
	res.add(Row{Section: section, Name: "every screen resumed, from ready", Value: float64(all.Sub(up).Milliseconds()), Unit: "ms",
		Note: "screens come back after a random 0–0.5 s, as the browser's first backoff step"})
	res.add(Row{Section: section, Name: "every screen resumed, from the kill", Value: float64(all.Sub(killed).Milliseconds()), Unit: "ms"})
	res.atMost(section, "snapshots after the restart", float64(snapshots), "count", 0, "0: resume by replay")
	res.atMost(section, "events lost or repeated", float64(gaps), "count", 0, "0")
	return nil
}

// awaitReady waits for n screens' first connection.
func awaitReady(readyc <-chan error, n int, timeout time.Duration) error {
	deadline := time.After(timeout)
	for range n {
		select {
		case err := <-readyc:
			if err != nil {
				return err
			}
		case <-deadline:
			return errors.New("screens not connected in time")
		}
	}
	return nil
}
