package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/e2e/harness"
)

// Chaos intensity. The numbers are chosen so every code path of the feed
// runs in one short test, on 2 cores, without the real backoff (up to 20 s,
// see live.BackoffMax) making it slow:
//
//   - 1,000 events over about 8 s (125/s) while the proxy acts every ~300 ms
//     for 10 s: most events are published while some screens are cut or
//     stalled, and every screen is hit many times.
//   - --history 128 is about one second of events: a screen that was away
//     for less resumes by replay, one away for longer gets a snapshot, so
//     both answers of the server happen many times in every run.
//   - Stalls last up to 1.5 s: long enough to back up TCP buffers and
//     resume mid-stream, far shorter than the server's 10 s write timeout
//     and the feed's 35 s silence limit, which would only add waiting.
//   - After the chaos stops, the slowest screen may still sit in a backoff
//     of up to 20 s (its backoff is never reset: no connection lives 10 s
//     under chaos), so convergence gets two minutes, for a machine busy
//     with other tests too.
const (
	chaosScreens   = 20
	chaosEvents    = 1000
	chaosPublish   = 8 * time.Second
	chaosFor       = 10 * time.Second
	chaosTick      = 300 * time.Millisecond
	chaosMaxStall  = 1500 * time.Millisecond
	chaosHistory   = "128"
	chaosConverge  = 2 * time.Minute
	chaosPublisher = 4 // concurrent API clients; the API serialises write+publish
)

// chaosSeed is STORECAST_CHAOS_SEED when set (to replay a failure), else
// the clock.
func chaosSeed(t *testing.T) uint64 {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if v := os.Getenv("STORECAST_CHAOS_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("STORECAST_CHAOS_SEED=%q: %v", v, err)
		}
		seed = n
	}
	t.Logf("chaos seed %d (replay with STORECAST_CHAOS_SEED=%d)", seed, seed)
	return seed
}

// Screens behind a proxy that cuts and stalls their connections at random
// while 1,000 changes are published end up with every change applied
// exactly once, in order, and with exactly the server's state.
func TestChaosEveryScreenConverges(t *testing.T) {
	t.Parallel()
	seed := chaosSeed(t)
	s := kit.Server(t, harness.Options{Args: []string{"--history", chaosHistory}})
	px := startProxy(t, s.Addr)

	// The page loads through the proxy before the chaos starts (a cut in
	// the middle of the wasm would test Chromium, not Storecast);
	// its WebSocket goes to its own origin, the proxy, so it is cut too.
	page := kit.Tab(t, 1280, 800)
	open(t, page, px.URL+"/signage?lang=en")

	screens := make([]*screenClient, chaosScreens)
	for i := range screens {
		screens[i] = startScreen(t, fmt.Sprintf("go-%02d", i), wsURL(px.URL), seed+uint64(i)+1)
	}
	harness.CheckFor(t, eventually, 20*time.Millisecond, func() error {
		for _, c := range screens {
			if e, _ := c.position(); e == "" {
				return fmt.Errorf("%s has had no snapshot yet", c.name)
			}
		}
		return nil
	})
	epoch, _ := screens[0].position()

	start := time.Now()
	published := make(chan publishResult, 1)
	go func() { published <- publishChaos(s, seed) }()
	runChaos(px, rand.New(rand.NewPCG(seed, 0xc4a05)))
	res := <-published
	if res.err != nil {
		t.Fatalf("publishing: %v", res.err)
	}
	px.heal()
	healed := time.Now()
	accepted, cut, stalled := px.stats()
	t.Logf("chaos: %d events in %v; proxy accepted %d connections, cut %d, stalled %d",
		res.writes, res.took.Round(time.Millisecond), accepted, cut, stalled)

	harness.CheckFor(t, chaosConverge, 20*time.Millisecond, func() error {
		for _, c := range screens {
			if e, q := c.position(); e != epoch || q != uint64(res.writes) {
				return fmt.Errorf("%s is at %s/%d; want %s/%d", c.name, e, q, epoch, res.writes)
			}
		}
		return nil
	})
	t.Logf("Go screens converged %v after the chaos stopped", time.Since(healed).Round(time.Millisecond))
	want := serverPromotions(t, s)
	checkChaosScreens(t, screens, want)

	waitPageShows(t, page, chaosConverge-time.Since(healed), want)
	pos := eval[string](t, page, `localStorage.getItem("storecast.feed")`)
	var saved struct {
		Epoch string `json:"epoch"`
		Seq   uint64 `json:"seq"`
	}
	if err := json.Unmarshal([]byte(pos), &saved); err != nil || saved.Epoch != epoch || saved.Seq != uint64(res.writes) {
		t.Errorf("page's saved position = %s/%d (%v); want %s/%d", saved.Epoch, saved.Seq, err, epoch, res.writes)
	}
	t.Logf("page converged %v after the chaos stopped; whole test %v",
		time.Since(healed).Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

// checkChaosScreens fails for every broken promise and every state that is
// not the server's, and logs how each screen got there.
func checkChaosScreens(t *testing.T, screens []*screenClient, want []content.Promotion) {
	t.Helper()
	checkScreens(t, screens)
	for _, c := range screens {
		if diff := samePromotions(c.promotions(), want); diff != "" {
			t.Errorf("%s: state differs from the server's: %s", c.name, diff)
		}
		c.mu.Lock()
		t.Logf("%s: %d dials, %d snapshots, %d events applied; frames: %d snapshot, %d event, %d resumed",
			c.name, c.connects, c.snapshots, c.events,
			c.counts.snapshot.Load(), c.counts.event.Load(), c.counts.resumed.Load())
		c.mu.Unlock()
	}
}

// runChaos cuts and stalls the proxy's connections for chaosFor.
func runChaos(px *chaosProxy, rng *rand.Rand) {
	tick := time.NewTicker(chaosTick)
	defer tick.Stop()
	for end := time.Now().Add(chaosFor); time.Now().Before(end); {
		<-tick.C
		switch r := rng.IntN(100); {
		case r < 10: // the access point reboots
			px.cutAll()
		case r < 50: // some screens drop off the Wi-Fi
			px.cutSome(rng, 0.25)
		case r < 85: // interference: packets stop for a while
			px.stallSome(rng, 0.3, chaosMaxStall)
		default: // a quiet moment
		}
	}
}

type publishResult struct {
	writes int // successful changes, hence events on the stream
	took   time.Duration
	err    error
}

// publishChaos makes chaosEvents changes through the API, directly to the
// server: creates, replacements and deletes of promotions, paced over
// chaosPublish by chaosPublisher clients that each own their promotions.
func publishChaos(s *harness.Server, seed uint64) publishResult {
	start := time.Now()
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		writes int
		first  error
	)
	per := chaosEvents / chaosPublisher
	for w := range chaosPublisher {
		wg.Go(func() {
			p := &promoWriter{s: s, name: fmt.Sprintf("w%d", w), rng: rand.New(rand.NewPCG(seed, uint64(w)))}
			tick := time.NewTicker(chaosPublish / time.Duration(per))
			defer tick.Stop()
			for i := range per {
				<-tick.C
				err := p.step(i)
				mu.Lock()
				if err != nil && first == nil {
					first = err
				}
				if err == nil {
					writes++
				}
				mu.Unlock()
				if err != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	return publishResult{writes: writes, took: time.Since(start), err: first}
}

// promoWriter makes random changes to its own promotions. No validity
// window is set: screens show only promotions valid now.
type promoWriter struct {
	s    *harness.Server
	name string
	rng  *rand.Rand
	ids  []string
}

func (p *promoWriter) step(i int) error {
	op := p.rng.IntN(100)
	switch {
	case len(p.ids) < 5 || (op < 45 && len(p.ids) < 40):
		var created content.Promotion
		code, err := p.s.Call(context.Background(), http.MethodPost, "/api/v1/promotions", p.body(i), &created)
		if err == nil && code != http.StatusCreated {
			err = fmt.Errorf("POST promotion = %d; want 201", code)
		}
		if err != nil {
			return err
		}
		p.ids = append(p.ids, created.ID)
	case op < 80:
		id := p.ids[p.rng.IntN(len(p.ids))]
		code, err := p.s.Call(context.Background(), http.MethodPut, "/api/v1/promotions/"+id, p.body(i), nil)
		if err == nil && code != http.StatusOK {
			err = fmt.Errorf("PUT promotion %s = %d; want 200", id, code)
		}
		if err != nil {
			return err
		}
	default:
		k := p.rng.IntN(len(p.ids))
		id := p.ids[k]
		code, err := p.s.Call(context.Background(), http.MethodDelete, "/api/v1/promotions/"+id, nil, nil)
		if err == nil && code != http.StatusNoContent {
			err = fmt.Errorf("DELETE promotion %s = %d; want 204", id, code)
		}
		if err != nil {
			return err
		}
		p.ids = append(p.ids[:k], p.ids[k+1:]...)
	}
	return nil
}

func (p *promoWriter) body(i int) map[string]any {
	title := fmt.Sprintf("Chaos %s #%d", p.name, i)
	price := 100 + p.rng.Int64N(10000)
	b := map[string]any{
		"title":    map[string]string{"en": title, "zh-Hans": "混沌 " + title},
		"price":    price,
		"priority": p.rng.IntN(content.MaxPriority + 1),
	}
	if p.rng.IntN(2) == 0 {
		b["was_price"] = price + 1 + p.rng.Int64N(1000)
	}
	return b
}

// waitPageShows waits until a signage page is live and shows exactly want,
// in order (every slide is in the DOM), and says what it shows if not.
func waitPageShows(t *testing.T, page context.Context, timeout time.Duration, want []content.Promotion) {
	t.Helper()
	wantIDs, _ := json.Marshal(promotionIDs(want))
	const shown = `JSON.stringify([document.documentElement.dataset.live, [...document.querySelectorAll(".sc-promo")].map(e => e.dataset.id)])`
	harness.CheckFor(t, timeout, 50*time.Millisecond, func() error {
		got, err := harness.EvalJS[string](page, shown)
		if err != nil {
			return err
		}
		if got != fmt.Sprintf(`["1",%s]`, wantIDs) {
			return fmt.Errorf("the page [data-live, ids] shows %s;\nwant live and %s", got, wantIDs)
		}
		return nil
	})
}
