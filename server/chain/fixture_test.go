package chain

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/bus"
	"storecast/server/coupon"
	"storecast/server/hub"
	"storecast/server/outbox"
	"storecast/server/points"
	"storecast/server/store"
)

// testLog shows warnings and errors with -v.
func testLog(t testing.TB, name string) *slog.Logger {
	if !testing.Verbose() {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})).With("node", name)
}

var noSnapshot = func(context.Context, string) (json.RawMessage, error) { return json.RawMessage(`{}`), nil }

// office is head office as `storecast serve --role hq` wires it: its own
// database, a client of the cluster, the chain's Office, and its outbox
// routed to its (in-memory) live feed and to CHAIN_CONTENT.
type office struct {
	t      testing.TB
	dir    string
	st     *store.Store
	bus    *bus.Bus
	office *Office
	points *points.Ledger // the chain's
	stops  []func()
}

func openOffice(t testing.TB, dir string, urls []string) *office {
	t.Helper()
	ctx := context.Background()
	log := testLog(t, "hq")
	st, err := store.Open(ctx, filepath.Join(dir, "storecast.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.SetChainRole(store.HeadOffice)
	b, err := bus.Dial(ctx, bus.Client{URLs: urls, Name: "hq", Log: log})
	if err != nil {
		t.Fatal(err)
	}
	id, _ := st.StoreID(ctx)
	codec, _ := coupon.NewChainCodec([]byte("head office's secret, 32 bytes!!"))
	ledger, err := points.New(ctx, st, []byte("head office's points secret, 32 bytes"))
	if err != nil {
		t.Fatal(err)
	}
	var o *Office
	waitFor(t, 30*time.Second, func() error { // the cluster elects its JetStream leader
		o, err = Open(ctx, OfficeConfig{Store: st, Conn: b.Conn, JS: b.JS, ID: id, Codec: codec, Points: ledger, Replicas: min(3, len(urls)), Log: log})
		return err
	})
	h := hub.New(hub.Config{}, hub.NewMemoryBroker(0), noSnapshot, nil, nil)
	routes := outbox.Routes{content.StreamStore: h, content.StreamStaff: h, store.StreamChain: o.ContentFeed()}
	f := &office{t: t, dir: dir, st: st, bus: b, office: o, points: ledger}
	f.stops = append(f.stops, o.Close, runRelay(t, st, routes, log))
	t.Cleanup(f.close)
	return f
}

func (f *office) close() {
	if f.st == nil {
		return
	}
	for i := len(f.stops) - 1; i >= 0; i-- {
		f.stops[i]()
	}
	f.bus.Close()
	f.st.Close()
	f.st = nil
}

// shop is a store as `storecast serve --hq URL` wires it: its database,
// its embedded server as a leaf of the cluster in its own domain, its
// screens' feed on JetStream, the chain's Member, and its outbox routed
// to the feed and to UP.
type shop struct {
	t      testing.TB
	id     string
	st     *store.Store
	bus    *bus.Bus
	broker *hub.JetStreamBroker
	member *Member
	points *Points
	stops  []func()
}

func openShop(t testing.TB, dir, name, region string, leafURLs []string) *shop {
	t.Helper()
	ctx := context.Background()
	log := testLog(t, name)
	st, err := store.Open(ctx, filepath.Join(dir, "storecast.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.SetChainRole(store.Member)
	id, _ := st.StoreID(ctx)
	b, err := bus.Start(ctx, bus.Config{Dir: filepath.Join(dir, "jetstream"), Name: StoreDomain(id), Domain: StoreDomain(id), Log: log,
		Leaf: &bus.Leaf{URLs: leafURLs, Reconnect: 100 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	br, err := hub.NewJetStreamBroker(ctx, b.JS, hub.JetStreamConfig{Streams: []string{content.StreamStore, content.StreamStaff}, History: 4096})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Join(ctx, MemberConfig{Store: st, Conn: b.Conn, JS: b.JS, ID: id, Name: name, Region: region, Version: "test",
		Heartbeat: 200 * time.Millisecond, Wait: 30 * time.Second, Uplink: b.LeafConnected, LinkCheck: 100 * time.Millisecond, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	h := hub.New(hub.Config{}, br, noSnapshot, nil, nil)
	routes := outbox.Routes{content.StreamStore: h, content.StreamStaff: h, store.StreamUp: m.UpFeed()}
	s := &shop{t: t, id: id, st: st, bus: b, broker: br, member: m, points: m.Points(ctx, 100*time.Millisecond)}
	s.stops = append(s.stops, m.Close, runRelay(t, st, routes, log))
	t.Cleanup(s.close)
	return s
}

func (s *shop) close() {
	if s.st == nil {
		return
	}
	for i := len(s.stops) - 1; i >= 0; i-- {
		s.stops[i]()
	}
	s.broker.Close()
	s.bus.Close()
	s.st.Close()
	s.st = nil
}

// runRelay publishes st's outbox through routes until the returned stop.
func runRelay(t testing.TB, st *store.Store, routes outbox.Routes, log *slog.Logger) func() {
	t.Helper()
	r, err := outbox.New(context.Background(), st, routes, routes.Streams(), log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.Run(ctx); close(done) }()
	return func() { cancel(); <-done }
}

// feedEvents returns every event of the store's screen feed.
func (s *shop) feedEvents(t testing.TB) []content.Event {
	t.Helper()
	epoch, _ := s.broker.Head(content.StreamStore)
	msgs, ok := s.broker.Since(content.StreamStore, epoch, 0)
	if !ok {
		t.Fatal("the store's feed lost its history")
	}
	out := make([]content.Event, len(msgs))
	for i, m := range msgs {
		if err := json.Unmarshal(m.Data, &out[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}
