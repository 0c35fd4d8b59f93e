package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"storecast/e2e/harness"
)

// fanoutConfig sizes the fan-out section.
type fanoutConfig struct {
	Screens   []int         // fleets that get publishes: latency, counts, CPU, memory
	IdleOnly  []int         // fleets measured for idle memory only
	Publishes int           // promotions published per fleet
	Spacing   time.Duration // between publishes
	Parallel  int           // handshakes in flight while connecting
}

// Goals for one server process on a 2-core machine: the fan-out's p99 is
// a tenth of the second README promises from the API to every screen.
const (
	p99Goal       = 100    // ms, at 10,000 screens
	idleBytesGoal = 10_240 // per connected screen
)

// benchFanout runs one fresh server per fleet, so each fleet's memory is
// measured from the same start and no fleet inherits another's garbage.
func benchFanout(ctx context.Context, res *Results, binary string, cfg fanoutConfig) error {
	type run struct {
		n       int
		publish bool
	}
	var runs []run
	for _, n := range cfg.IdleOnly {
		runs = append(runs, run{n, false})
	}
	for _, n := range cfg.Screens {
		runs = append(runs, run{n, true})
	}
	for _, r := range runs {
		if err := fanoutOnce(ctx, res, binary, r.n, r.publish, cfg); err != nil {
			return err
		}
	}
	return nil
}

func fanoutOnce(ctx context.Context, res *Results, binary string, n int, publish bool, cfg fanoutConfig) error {
	section := fmt.Sprintf("fan-out N=%d", n)
	s, promo, err := startWithPromotion(ctx, binary, "Bench fanout")
	if err != nil {
		return err
	}
	defer s.Stop()
	time.Sleep(500 * time.Millisecond) // let start-up work settle before the baseline
	var mem idleMemory
	if mem.rssBefore, err = rssBytes(s.PID); err != nil {
		return err
	}
	if mem.gcBefore, err = collect(ctx, s); err != nil {
		return err
	}
	start := time.Now()
	f, err := connectFleet(ctx, "ws"+strings.TrimPrefix(s.URL, "http")+"/ws", n, cfg.Parallel)
	if err != nil {
		return err
	}
	defer f.close()
	mem.connect = time.Since(start)
	time.Sleep(2 * time.Second) // idle: handshakes done, nothing in flight
	if mem.rssIdle, err = rssBytes(s.PID); err != nil {
		return err
	}
	if mem.gcWith, err = collect(ctx, s); err != nil {
		return err
	}

	var pub published
	if publish {
		if pub, err = publishAndDrain(ctx, s, f, promo, n, cfg); err != nil {
			return err
		}
	}
	f.close()
	mem.report(res, section, n)
	if publish {
		reportFanout(res, section, f, pub, cfg)
	}
	return nil
}

// published is what one fleet's publishing phase measured on the server
// side and at the API.
type published struct {
	expected int64
	cpu      float64   // server CPU seconds from the first publish to the last delivery
	genCPU   float64   // the load generator's own CPU seconds over the same time
	puts     []float64 // API round trip of each publish, ms
}

// publishAndDrain publishes and waits (at most 15 s) until every screen
// has every event.
func publishAndDrain(ctx context.Context, s *server, f *fleet, id string, n int, cfg fanoutConfig) (published, error) {
	p := published{expected: int64(n * cfg.Publishes)}
	cpu0, err := cpuSeconds(s.PID)
	if err != nil {
		return p, err
	}
	gen0, err := cpuSeconds(os.Getpid())
	if err != nil {
		return p, err
	}
	if p.puts, err = publishMarked(ctx, s, id, cfg.Publishes, cfg.Spacing); err != nil {
		return p, err
	}
	// Deliveries still missing after 15 s are what the report counts.
	_ = waitDelivered(ctx, &f.delivered, p.expected, 15*time.Second)
	cpu1, err := cpuSeconds(s.PID)
	if err != nil {
		return p, err
	}
	gen1, err := cpuSeconds(os.Getpid())
	p.cpu, p.genCPU = cpu1-cpu0, gen1-gen0
	return p, err
}

// waitDelivered waits until delivered reaches expected, at most timeout.
func waitDelivered(ctx context.Context, delivered *atomic.Int64, expected int64, timeout time.Duration) error {
	return harness.Poll(ctx, timeout, 10*time.Millisecond, func() error {
		if n := delivered.Load(); n < expected {
			return fmt.Errorf("bench: %d of %d deliveries", n, expected)
		}
		return nil
	})
}

// publishMarked replaces promotion id m times, spacing apart, each with
// the send time in its title, and returns each request's round trip (ms).
func publishMarked(ctx context.Context, s *server, id string, m int, spacing time.Duration) ([]float64, error) {
	tick := time.NewTicker(spacing)
	defer tick.Stop()
	var puts []float64
	for k := range m {
		if k > 0 {
			<-tick.C
		}
		sent := time.Now()
		title := fmt.Sprintf("%s%d", fanoutMarker, sent.UnixNano())
		if err := s.api(ctx, "PUT", "/api/v1/promotions/"+id, promotion(title, 1), nil); err != nil {
			return nil, err
		}
		puts = append(puts, float64(time.Since(sent))/1e6)
	}
	return puts, nil
}

func reportFanout(res *Results, section string, f *fleet, p published, cfg fanoutConfig) {
	lat, short, dupes := f.results(cfg.Publishes)
	delivered := int64(len(lat))
	note := fmt.Sprintf("%d publishes %v apart; from before the PUT to the frame read by the screen", cfg.Publishes, cfg.Spacing)
	res.add(Row{Section: section, Name: "publish→delivered p50", Value: percentile(lat, 50), Unit: "ms", Note: note})
	res.atMost(section, "publish→delivered p99", percentile(lat, 99), "ms", p99Goal, "goal ≤ 100 ms at 10k")
	first, worst, worstP50 := f.perPublish()
	res.add(Row{Section: section, Name: "publish→delivered max", Value: percentile(lat, 100), Unit: "ms",
		Note: fmt.Sprintf("p50 of the first publish %.1f ms; worst publish #%d, p50 %.1f ms", first, worst+1, worstP50)})
	res.add(Row{Section: section, Name: "API PUT round trip p50", Value: percentile(p.puts, 50), Unit: "ms",
		Note: fmt.Sprintf("max %.1f ms; the request (SQLite write, then the hand-off to the fan-out) is inside every latency above", percentile(p.puts, 100))})
	v := verdictPass
	if delivered != p.expected || dupes > 0 {
		v = verdictFail
	}
	res.add(Row{Section: section, Name: "delivered / expected", Value: float64(delivered), Unit: "count",
		Budget: fmt.Sprintf("= %d", p.expected), Verdict: v,
		Note: fmt.Sprintf("%d screens short, %d duplicates", short, dupes)})
	if delivered > 0 {
		res.add(Row{Section: section, Name: "server CPU per 1,000 deliveries", Value: p.cpu / (float64(delivered) / 1000), Unit: "CPU s",
			Note: fmt.Sprintf("%.2f CPU s for %d deliveries, API included; the generator used %.2f CPU s meanwhile (2 cores shared)", p.cpu, delivered, p.genCPU)})
	}
}
