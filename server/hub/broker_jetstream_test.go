package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"storecast/server/bus"
)

// startBus runs an embedded NATS server on dir for the rest of the test.
func startBus(t *testing.T, dir string) *bus.Bus {
	t.Helper()
	b, err := bus.Start(context.Background(), bus.Config{Dir: dir, Name: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

func newTestJetStreamBroker(t *testing.T, nb *bus.Bus, history int) *JetStreamBroker {
	t.Helper()
	b, err := NewJetStreamBroker(context.Background(), nb.JS, JetStreamConfig{Streams: []string{"a", "b"}, History: history})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

func TestJetStreamBroker(t *testing.T) {
	testBroker(t, func() Broker {
		return newTestJetStreamBroker(t, startBus(t, t.TempDir()), 64)
	})
}

func TestJetStreamBrokerResumesAcrossRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	nb := startBus(t, dir)
	b := newTestJetStreamBroker(t, nb, 8)
	for i := 1; i <= 20; i++ {
		if _, err := b.Publish(ctx, "a", json.RawMessage(fmt.Sprintf(`{"n":%d}`, i))); err != nil {
			t.Fatal(err)
		}
	}
	epoch, head := b.Head("a")
	b.Close()
	nb.Close()

	b2 := newTestJetStreamBroker(t, startBus(t, dir), 8)
	if e, h := b2.Head("a"); e != epoch || h != head {
		t.Fatalf("Head after restart = %q, %d; want %q, %d", e, h, epoch, head)
	}
	msgs, ok := b2.Since("a", epoch, head-8)
	if !ok || len(msgs) != 8 || msgs[0].Seq != head-7 || string(msgs[7].Data) != `{"n":20}` {
		t.Fatalf("Since(head-8) after restart = %v, %v; want the last 8 messages", msgs, ok)
	}
	if _, ok := b2.Since("a", epoch, head-9); ok {
		t.Error("Since(head-9) is ok; the history holds only 8")
	}
	m, err := b2.Publish(ctx, "a", json.RawMessage(`{"n":21}`))
	if err != nil || m.Seq != head+1 || m.Epoch != epoch {
		t.Fatalf("Publish after restart = %+v, %v; want seq %d in epoch %q", m, err, head+1, epoch)
	}
}

func TestJetStreamBrokerNewEpochWhenStreamIsLost(t *testing.T) {
	b1 := newTestJetStreamBroker(t, startBus(t, filepath.Join(t.TempDir(), "one")), 8)
	b2 := newTestJetStreamBroker(t, startBus(t, filepath.Join(t.TempDir(), "two")), 8)
	e1, _ := b1.Head("a")
	e2, _ := b2.Head("a")
	if e1 == "" || e1 == e2 {
		t.Errorf("epochs of two fresh stores = %q, %q; want two different ones", e1, e2)
	}
}

func TestJetStreamBrokerPublishIDStoresOnce(t *testing.T) {
	ctx := context.Background()
	b := newTestJetStreamBroker(t, startBus(t, t.TempDir()), 8)
	first, err := b.PublishID(ctx, "a", "outbox-1", json.RawMessage(`{"n":1}`))
	if err != nil {
		t.Fatal(err)
	}
	again, err := b.PublishID(ctx, "a", "outbox-1", json.RawMessage(`{"n":1}`))
	if err != nil || again.Seq != first.Seq {
		t.Fatalf("PublishID again = %+v, %v; want seq %d", again, err, first.Seq)
	}
	if _, head := b.Head("a"); head != 1 {
		t.Errorf("head = %d; want 1", head)
	}
}

// BenchmarkJetStreamPublish is one outbox publish: stored on disk and
// delivered back to this process's subscribers.
func BenchmarkJetStreamPublish(b *testing.B) {
	nb, err := bus.Start(context.Background(), bus.Config{Dir: b.TempDir(), Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer nb.Close()
	br, err := NewJetStreamBroker(context.Background(), nb.JS, JetStreamConfig{Streams: []string{"a"}, History: 4096})
	if err != nil {
		b.Fatal(err)
	}
	defer br.Close()
	br.Subscribe("a", func(Message) {})
	data := json.RawMessage(`{"op":"promotion.upsert","promotion":{"id":"p1","title":{"en":"Bananas"}}}`)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := br.PublishID(context.Background(), "a", fmt.Sprint(i), data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJetStreamCollector reads each feed's stream state as a scrape would.
func TestJetStreamCollector(t *testing.T) {
	b := newTestJetStreamBroker(t, startBus(t, t.TempDir()), 64)
	for i := 1; i <= 3; i++ {
		if _, err := b.Publish(context.Background(), "a", json.RawMessage(fmt.Sprintf(`{"n":%d}`, i))); err != nil {
			t.Fatal(err)
		}
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(b.Collector())
	want := `
# HELP storecast_jetstream_first_seq Seq of the oldest message a feed's stream holds.
# TYPE storecast_jetstream_first_seq gauge
storecast_jetstream_first_seq{stream="a"} 1
storecast_jetstream_first_seq{stream="b"} 0
# HELP storecast_jetstream_last_seq Seq of the newest message of a feed's stream.
# TYPE storecast_jetstream_last_seq gauge
storecast_jetstream_last_seq{stream="a"} 3
storecast_jetstream_last_seq{stream="b"} 0
# HELP storecast_jetstream_messages Messages a feed's JetStream stream holds.
# TYPE storecast_jetstream_messages gauge
storecast_jetstream_messages{stream="a"} 3
storecast_jetstream_messages{stream="b"} 0
`
	if err := testutil.GatherAndCompare(reg, strings.NewReader(want),
		"storecast_jetstream_messages", "storecast_jetstream_first_seq", "storecast_jetstream_last_seq"); err != nil {
		t.Error(err)
	}
	if n, err := testutil.GatherAndCount(reg, "storecast_jetstream_bytes"); err != nil || n != 2 {
		t.Errorf("storecast_jetstream_bytes series = %d, %v; want 2", n, err)
	}
}
