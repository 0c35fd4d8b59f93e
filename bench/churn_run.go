package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// churnConfig sizes the churn section: a store's network that drops some
// screens every second.
type churnConfig struct {
	Screens   int           // screens connected throughout
	CutPct    float64       // share of them cut every second, in percent
	Publishes int           // marked events published while cutting
	Spacing   time.Duration // between publishes
	Missed    int           // events a screen misses before it catches up
	CatchUps  int           // catch-up runs (median reported)
}

// benchChurn measures delivery while screens are being cut and resume,
// then how long a screen that missed cfg.Missed events takes to catch up;
// both on one fresh server.
func benchChurn(ctx context.Context, res *Results, binary string, cfg churnConfig) error {
	s, promo, err := startWithPromotion(ctx, binary, "Bench churn")
	if err != nil {
		return err
	}
	defer s.Stop()
	wsURL := "ws" + strings.TrimPrefix(s.URL, "http") + "/ws"
	if err := churnOnce(ctx, res, s, wsURL, promo, cfg); err != nil {
		return err
	}
	return catchUp(ctx, res, s, wsURL, promo, cfg)
}

func churnOnce(ctx context.Context, res *Results, s *server, wsURL, id string, cfg churnConfig) error {
	section := fmt.Sprintf("churn N=%d", cfg.Screens)
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	screens := make([]*churnScreen, cfg.Screens)
	applied := &atomic.Int64{}
	var wg sync.WaitGroup
	readyc := make(chan error, cfg.Screens)
	slots := make(chan struct{}, 64) // handshakes in flight
	for i := range screens {
		sc := &churnScreen{i: i, applied: applied}
		screens[i] = sc
		slots <- struct{}{}
		var once sync.Once
		ready := func(err error) { once.Do(func() { <-slots; readyc <- err }) }
		wg.Go(func() { sc.run(runCtx, wsURL, ready) })
	}
	deadline := time.After(60 * time.Second)
	for range screens {
		select {
		case err := <-readyc:
			if err != nil {
				stop()
				wg.Wait()
				return fmt.Errorf("bench: churn: %w", err)
			}
		case <-deadline:
			stop()
			wg.Wait()
			return errors.New("bench: churn: screens not connected within 60 s")
		}
	}

	cutCtx, stopCutting := context.WithCancel(runCtx)
	cuts := make(chan int, 1)
	go func() { cuts <- cutEverySecond(cutCtx, screens, cfg.CutPct) }()
	puts, err := publishMarked(ctx, s, id, cfg.Publishes, cfg.Spacing)
	stopCutting()
	cut := <-cuts
	if err != nil {
		stop()
		wg.Wait()
		return err
	}
	// Deliveries still missing after 20 s are what the report counts.
	_ = waitDelivered(ctx, applied, int64(cfg.Screens*cfg.Publishes), 20*time.Second)
	stop()
	wg.Wait()
	reportChurn(res, section, screens, cfg, cut, percentile(puts, 50))
	return nil
}

// cutEverySecond cuts pct% of the screens, chosen at random among all,
// every second until ctx ends; it returns how many connections it cut.
func cutEverySecond(ctx context.Context, screens []*churnScreen, pct float64) int {
	k := int(float64(len(screens))*pct/100 + 0.5)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			return n
		case <-tick.C:
		}
		for _, i := range rand.Perm(len(screens))[:k] {
			if screens[i].cut() {
				n++
			}
		}
	}
}

func reportChurn(res *Results, section string, screens []*churnScreen, cfg churnConfig, cuts int, putP50 float64) {
	var lat, resume []float64
	var short, dupes, gaps, snaps, connects, resumes int
	for _, sc := range screens {
		lat = append(lat, sc.latency...)
		resume = append(resume, sc.resume...)
		if len(sc.latency) != cfg.Publishes {
			short++
		}
		dupes += sc.dupes
		gaps += sc.gaps
		snaps += sc.snapshots
		connects += sc.connects
		resumes += sc.resumes
	}
	note := fmt.Sprintf("%d publishes %v apart while %.0f%% of screens are cut every second (%d cuts); live and replayed deliveries, from before the PUT",
		cfg.Publishes, cfg.Spacing, cfg.CutPct, cuts)
	res.add(Row{Section: section, Name: "publish→delivered p50", Value: percentile(lat, 50), Unit: "ms", Note: note})
	res.add(Row{Section: section, Name: "publish→delivered p99", Value: percentile(lat, 99), Unit: "ms",
		Note: fmt.Sprintf("max %.0f ms; a cut screen waits up to 0.5 s (the client's first backoff) before it reconnects; API PUT p50 %.1f ms", percentile(lat, 100), putP50)})
	res.add(Row{Section: section, Name: "reconnect→resumed p50", Value: percentile(resume, 50), Unit: "ms",
		Note: fmt.Sprintf("p99 %.1f ms; from dialling to the resumed frame after the replay; %d reconnects, %d resumed", percentile(resume, 99), connects-len(screens), resumes)})
	v := verdictPass
	if short > 0 || dupes > 0 || gaps > 0 || snaps > 0 {
		v = verdictFail
	}
	res.add(Row{Section: section, Name: "delivered / expected", Value: float64(len(lat)), Unit: "count",
		Budget: fmt.Sprintf("= %d", len(screens)*cfg.Publishes), Verdict: v,
		Note: fmt.Sprintf("each event exactly once, in order: %d screens short, %d duplicates, %d gaps, %d snapshots instead of a replay", short, dupes, gaps, snaps)})
}

// catchUp has one screen miss cfg.Missed events, then reconnect with its
// position cfg.CatchUps times and reports the median time from dialling
// to "resumed" (all the missed events replayed and read).
func catchUp(ctx context.Context, res *Results, s *server, wsURL, id string, cfg churnConfig) error {
	section := "resume"
	sc := &churnScreen{applied: &atomic.Int64{}}
	sessionCtx, cancel := context.WithCancel(ctx)
	ready := make(chan error, 1)
	go func() { ready <- sc.session(sessionCtx, wsURL, func(err error) { ready <- err }) }()
	if err := <-ready; err != nil {
		cancel()
		return fmt.Errorf("bench: catch-up: %w", err)
	}
	cancel() // the screen is away from here on
	<-ready
	epoch, seq := sc.epoch, sc.seq

	if err := publishParallel(ctx, s, id, cfg.Missed, 4); err != nil {
		return err
	}
	var times []float64
	for range cfg.CatchUps {
		sessionCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		sc := &churnScreen{applied: &atomic.Int64{}, epoch: epoch, seq: seq, onResumed: cancel}
		err := sc.session(sessionCtx, wsURL, func(error) {})
		cancel()
		if err != nil {
			return fmt.Errorf("bench: catch-up: %w", err)
		}
		if sc.resumes != 1 || sc.seq != seq+uint64(cfg.Missed) || sc.gaps+sc.dupes+sc.snapshots > 0 {
			return fmt.Errorf("bench: catch-up: resumed %d times at seq %d; want once at %d", sc.resumes, sc.seq, seq+uint64(cfg.Missed))
		}
		times = append(times, sc.resume[0])
	}
	res.add(Row{Section: section, Name: fmt.Sprintf("catch-up after %d missed events", cfg.Missed), Value: median(times), Unit: "ms",
		Note: fmt.Sprintf("median of %d; real server, from dialling to the resumed frame after the replay (in process: BenchmarkCatchUp1000)", len(times))})
	return nil
}

// publishParallel replaces promotion id n times with par requests in
// flight: the order of these publishes does not matter.
func publishParallel(ctx context.Context, s *server, id string, n, par int) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, par)
	for w := range par {
		wg.Go(func() {
			for next.Add(1) <= int64(n) && errs[w] == nil {
				errs[w] = s.api(ctx, "PUT", "/api/v1/promotions/"+id, promotion("Bench catch-up", 1), nil)
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}
