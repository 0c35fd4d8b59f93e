package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"storecast/app/rest"
	"storecast/e2e/harness"
)

// chainConfig sizes the chain section.
type chainConfig struct {
	Stores, Screens int           // stores, and screens at each
	Publishes       int           // promotion changes head office makes
	Spacing         time.Duration // between them
}

// benchChain measures what a chain's screens see of head office on one
// machine: a NATS server (`storecast nats`), head office (`serve --role
// hq`) and the stores (`serve --hq`), each a real process; every store's
// screens connect to their store, head office replaces one promotion
// Publishes times, and every screen of every store times each change
// from before head office's PUT to the frame it reads.
func benchChain(ctx context.Context, res *Results, binary string, cfg chainConfig) error {
	section := fmt.Sprintf("chain %d stores × %d screens", cfg.Stores, cfg.Screens)
	dir, err := os.MkdirTemp("", "storecast-bench-chain-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	client, leaf, stop, err := startNATS(ctx, binary, dir)
	if err != nil {
		return err
	}
	defer stop()

	hq, err := startServer(ctx, binary, "--role", "hq", "--nats", "nats://"+client, "--replicas", "1")
	if err != nil {
		return err
	}
	defer hq.Stop()
	stores := make([]*server, cfg.Stores)
	defer func() {
		for _, s := range stores {
			if s != nil {
				s.Stop()
			}
		}
	}()
	var wg sync.WaitGroup
	errs := make([]error, cfg.Stores)
	slots := make(chan struct{}, 4) // stores starting at once
	began := time.Now()
	for i := range stores {
		wg.Go(func() {
			slots <- struct{}{}
			defer func() { <-slots }()
			stores[i], errs[i] = startServer(ctx, binary, "--hq", "nats-leaf://"+leaf,
				"--store-name", fmt.Sprintf("Bench %02d", i+1), "--region", fmt.Sprintf("r%d", i%4))
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if err := harness.Poll(ctx, 60*time.Second, 100*time.Millisecond, func() error {
		var list rest.ChainStoreList
		if err := hq.api(ctx, "GET", "/api/v1/chain/stores", nil, &list); err != nil {
			return err
		}
		up := 0
		for _, s := range list.Stores {
			if s.Connected {
				up++
			}
		}
		if up < cfg.Stores {
			return fmt.Errorf("bench: chain: head office hears %d of %d stores", up, cfg.Stores)
		}
		return nil
	}); err != nil {
		return err
	}
	res.add(Row{Section: section, Name: "stores started and joined", Value: float64(time.Since(began).Milliseconds()), Unit: "ms",
		Note: "every store process started (4 at a time) until head office hears all of them"})

	var promo struct {
		ID string `json:"id"`
	}
	if err := hq.api(ctx, "POST", "/api/v1/promotions", promotion("Bench chain", 1), &promo); err != nil {
		return err
	}
	for _, s := range stores {
		if err := harness.Poll(ctx, 60*time.Second, 50*time.Millisecond, func() error {
			return s.api(ctx, "GET", "/api/v1/promotions/"+promo.ID, nil, nil)
		}); err != nil {
			return fmt.Errorf("bench: chain: a store never got head office's promotion: %w", err)
		}
	}

	fleets := make([]*fleet, len(stores))
	defer func() {
		for _, f := range fleets {
			if f != nil {
				f.close()
			}
		}
	}()
	for i, s := range stores {
		if fleets[i], err = connectFleet(ctx, "ws"+strings.TrimPrefix(s.URL, "http")+"/ws", cfg.Screens, 16); err != nil {
			return err
		}
	}
	puts, err := publishMarked(ctx, hq, promo.ID, cfg.Publishes, cfg.Spacing)
	if err != nil {
		return err
	}
	expected := int64(cfg.Stores * cfg.Screens * cfg.Publishes)
	_ = harness.Poll(ctx, 30*time.Second, 20*time.Millisecond, func() error { // what is missing after 30 s is counted below
		var n int64
		for _, f := range fleets {
			n += f.delivered.Load()
		}
		if n < expected {
			return fmt.Errorf("%d of %d", n, expected)
		}
		return nil
	})
	var lat []float64
	var short, dupes int
	for _, f := range fleets {
		f.close()
		l, s, d := f.results(cfg.Publishes)
		lat, short, dupes = append(lat, l...), short+s, dupes+d
	}
	note := fmt.Sprintf("%d changes %v apart at head office; from before its PUT to the frame read by a store's screen", cfg.Publishes, cfg.Spacing)
	res.add(Row{Section: section, Name: "head office → screen p50", Value: percentile(lat, 50), Unit: "ms", Note: note})
	res.add(Row{Section: section, Name: "head office → screen p99", Value: percentile(lat, 99), Unit: "ms",
		Note: "each store applies the change to its own database, then publishes it to its screens"})
	res.add(Row{Section: section, Name: "head office → screen max", Value: percentile(lat, 100), Unit: "ms"})
	res.add(Row{Section: section, Name: "API PUT round trip p50 (head office)", Value: percentile(puts, 50), Unit: "ms"})
	v := verdictPass
	if int64(len(lat)) != expected || dupes > 0 {
		v = verdictFail
	}
	res.add(Row{Section: section, Name: "delivered / expected", Value: float64(len(lat)), Unit: "count",
		Budget: fmt.Sprintf("= %d", expected), Verdict: v, Note: fmt.Sprintf("%d screens short, %d duplicates", short, dupes)})
	return nil
}

// startNATS runs `storecast nats` as head office's one-server cluster and
// waits until it takes clients; stop ends it.
func startNATS(ctx context.Context, binary, dir string) (client, leaf string, stop func(), err error) {
	if client, err = harness.FreeAddr(); err != nil {
		return "", "", nil, err
	}
	if leaf, err = harness.FreeAddr(); err != nil {
		return "", "", nil, err
	}
	conf := filepath.Join(dir, "hq-1.conf")
	body := fmt.Sprintf("server_name: hq-1\nlisten: %s\nleafnodes { listen: %s }\njetstream { store_dir: %q, domain: hq }\n",
		client, leaf, filepath.Join(dir, "js"))
	if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
		return "", "", nil, err
	}
	cmd := exec.CommandContext(ctx, binary, "nats", "--config", conf)
	var log strings.Builder
	cmd.Stderr = &syncWriter{w: &log}
	if err := cmd.Start(); err != nil {
		return "", "", nil, fmt.Errorf("bench: chain: nats: %w", err)
	}
	var exited atomic.Bool
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); exited.Store(true); close(done) }()
	stop = func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	}
	err = harness.Poll(ctx, 30*time.Second, 50*time.Millisecond, func() error {
		if exited.Load() {
			return errors.New("exited")
		}
		c, err := net.DialTimeout("tcp", client, time.Second)
		if err != nil {
			return err
		}
		return c.Close()
	})
	if err != nil {
		stop()
		return "", "", nil, fmt.Errorf("bench: chain: nats did not start: %w; its log: %s", err, log.String())
	}
	return client, leaf, stop, nil
}

// syncWriter lets a process's stderr be written while the bench reads it.
type syncWriter struct {
	mu sync.Mutex
	w  *strings.Builder
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
