package outbox

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"storecast/app/content"
	"storecast/server/bus"
	"storecast/server/hub"
	"storecast/server/store"
)

// node is one store process: its database, its JetStream and the broker.
type node struct {
	st      *store.Store
	bus     *bus.Bus
	broker  *hub.JetStreamBroker
	hub     *hub.Hub
	reg     *prometheus.Registry // the relay's metrics, on a registry of the test's own
	metrics *Metrics
}

func openNode(t *testing.T, dir string) *node {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "storecast.db"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := bus.Start(ctx, bus.Config{Dir: filepath.Join(dir, "jetstream"), Name: "test"})
	if err != nil {
		t.Fatal(err)
	}
	br, err := hub.NewJetStreamBroker(ctx, b.JS, hub.JetStreamConfig{Streams: []string{content.StreamStore, content.StreamStaff}, History: 4096})
	if err != nil {
		t.Fatal(err)
	}
	snap := func(context.Context, string) (json.RawMessage, error) { return json.RawMessage(`{}`), nil }
	reg := prometheus.NewRegistry()
	n := &node{st: st, bus: b, broker: br, hub: hub.New(hub.Config{}, br, snap, nil, nil), reg: reg, metrics: NewMetrics(reg, st)}
	t.Cleanup(n.close)
	return n
}

func (n *node) close() {
	if n.st == nil {
		return
	}
	n.broker.Close()
	n.bus.Close()
	n.st.Close()
	n.st = nil
}

// run starts a relay; the returned stop waits for it.
func (n *node) run(t *testing.T) (stop func()) {
	t.Helper()
	r, err := New(context.Background(), n.st, n.hub, []string{content.StreamStore, content.StreamStaff}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	r.Metrics = n.metrics
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { r.Run(ctx); close(done) }()
	return func() { cancel(); <-done }
}

// feed returns every event of the store stream, in order.
func (n *node) feed(t *testing.T) []content.Event {
	t.Helper()
	epoch, _ := n.broker.Head(content.StreamStore)
	msgs, ok := n.broker.Since(content.StreamStore, epoch, 0)
	if !ok {
		t.Fatal("history lost")
	}
	out := make([]content.Event, len(msgs))
	for i, m := range msgs {
		if err := json.Unmarshal(m.Data, &out[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// drained waits until the outbox is empty.
func (n *node) drained(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		left, err := n.st.Outbox(context.Background(), 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("outbox not drained within 10 s")
		}
		time.Sleep(5 * time.Millisecond) // polling the relay's progress
	}
}

func promotion(i int) content.Promotion {
	return content.Promotion{Title: content.Text{"en": fmt.Sprintf("Offer %d", i)}, Price: int64(100 + i)}
}

func TestRelayPublishesEveryChangeOnceInCommitOrder(t *testing.T) {
	ctx := context.Background()
	n := openNode(t, t.TempDir())
	stop := n.run(t)
	defer stop()
	var want []string
	for i := range 50 {
		p, err := n.st.CreatePromotion(ctx, promotion(i))
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, p.ID)
		if i%10 == 9 {
			if err := n.st.DeletePromotion(ctx, p.ID); err != nil {
				t.Fatal(err)
			}
			want = append(want, "-"+p.ID)
		}
	}
	n.drained(t)
	got := n.feed(t)
	if len(got) != len(want) {
		t.Fatalf("feed has %d events; want %d", len(got), len(want))
	}
	for i, e := range got {
		id := ""
		switch e.Op {
		case content.OpPromotionUpsert:
			id = e.Promotion.ID
		case content.OpPromotionDelete:
			id = "-" + e.ID
		}
		if id != want[i] {
			t.Fatalf("event %d is %s %s; want %s", i, e.Op, id, want[i])
		}
	}
}

func TestFailedChangeEmitsNothing(t *testing.T) {
	ctx := context.Background()
	n := openNode(t, t.TempDir())
	if err := n.st.DeletePromotion(ctx, "no-such-id"); err == nil {
		t.Fatal("deleting a promotion that does not exist succeeded")
	}
	left, err := n.st.Outbox(ctx, 0, 10)
	if err != nil || len(left) != 0 {
		t.Errorf("outbox after a failed change = %v, %v; want empty", left, err)
	}
}

// A crash between publishing and deleting the rows leaves them in the
// outbox; the next relay must not publish them again, even long after
// JetStream's duplicate window: it reads where the feed stands.
func TestRelaySkipsWhatWasPublishedBeforeACrash(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	n := openNode(t, dir)
	for i := range 5 {
		if _, err := n.st.CreatePromotion(ctx, promotion(i)); err != nil {
			t.Fatal(err)
		}
	}
	id, err := n.st.StoreID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The first three reached the feed; the crash came before their
	// deletion.
	rows, err := n.st.Outbox(ctx, 0, 10)
	if err != nil || len(rows) != 5 {
		t.Fatalf("outbox = %d rows, %v; want 5", len(rows), err)
	}
	for _, m := range rows[:3] {
		if _, err := n.broker.PublishID(ctx, m.Stream, fmt.Sprintf("%s:%d", id, m.ID), m.Data); err != nil {
			t.Fatal(err)
		}
	}
	n.close()

	n = openNode(t, dir)
	stop := n.run(t)
	defer stop()
	n.drained(t)
	got := n.feed(t)
	if len(got) != 5 {
		t.Fatalf("feed after restart has %d events; want 5, each once", len(got))
	}
	for i, e := range got {
		if want := fmt.Sprintf("Offer %d", i); e.Promotion == nil || e.Promotion.Title["en"] != want {
			t.Fatalf("event %d = %+v; want %q", i, e, want)
		}
	}
}
