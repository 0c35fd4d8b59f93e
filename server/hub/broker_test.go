package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"sync"
	"sync/atomic"
	"testing"
)

func TestMemoryBroker(t *testing.T) {
	testBroker(t, func() Broker { return NewMemoryBroker(64) })
}

func TestMemoryBrokerEpochIsNewPerProcess(t *testing.T) {
	a, _ := NewMemoryBroker(8).Head("store")
	b, _ := NewMemoryBroker(8).Head("store") // a restart
	if !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(a) {
		t.Errorf("epoch = %q; want 16 hex characters", a)
	}
	if a == b {
		t.Errorf("two brokers share epoch %q; want a new one per process", a)
	}
}

// testBroker is the contract every Broker must meet. newBroker must return
// a fresh broker whose history holds between 8 and 1000 messages a stream.
func testBroker(t *testing.T, newBroker func() Broker) {
	ctx := context.Background()
	data := func(i int) json.RawMessage { return json.RawMessage(fmt.Sprintf(`{"n":%d}`, i)) }
	publish := func(t *testing.T, b Broker, stream string, n int) {
		t.Helper()
		for i := 1; i <= n; i++ {
			if _, err := b.Publish(ctx, stream, data(i)); err != nil {
				t.Fatalf("Publish: %v", err)
			}
		}
	}

	t.Run("seq increments per stream", func(t *testing.T) {
		b := newBroker()
		epoch, seq := b.Head("a")
		if epoch == "" || seq != 0 {
			t.Fatalf("Head of new stream = %q, %d; want an epoch, 0", epoch, seq)
		}
		for want := uint64(1); want <= 3; want++ {
			m, err := b.Publish(ctx, "a", data(int(want)))
			if err != nil || m.Seq != want || m.Epoch != epoch || m.Stream != "a" {
				t.Fatalf("Publish = %+v, %v; want seq %d epoch %q", m, err, want, epoch)
			}
		}
		if m, _ := b.Publish(ctx, "b", data(1)); m.Seq != 1 {
			t.Errorf("first seq of another stream = %d; want 1", m.Seq)
		}
		if e, s := b.Head("a"); e != epoch || s != 3 {
			t.Errorf("Head = %q, %d; want %q, 3", e, s, epoch)
		}
	})

	t.Run("since replays exactly", func(t *testing.T) {
		b := newBroker()
		publish(t, b, "a", 5)
		epoch, _ := b.Head("a")
		for after := uint64(0); after <= 5; after++ {
			msgs, ok := b.Since("a", epoch, after)
			if !ok || len(msgs) != int(5-after) {
				t.Fatalf("Since(%d) = %d msgs, %v; want %d, true", after, len(msgs), ok, 5-after)
			}
			for i, m := range msgs {
				if want := after + uint64(i) + 1; m.Seq != want || string(m.Data) != string(data(int(want))) {
					t.Fatalf("Since(%d)[%d] = seq %d %s; want seq %d", after, i, m.Seq, m.Data, want)
				}
			}
		}
	})

	t.Run("since refuses a wrong epoch or a seq ahead", func(t *testing.T) {
		b := newBroker()
		publish(t, b, "a", 3)
		epoch, _ := b.Head("a")
		if msgs, ok := b.Since("a", "not-"+epoch, 1); ok || msgs != nil {
			t.Errorf("Since(wrong epoch) = %v, %v; want nil, false", msgs, ok)
		}
		if msgs, ok := b.Since("a", epoch, 4); ok || msgs != nil {
			t.Errorf("Since(ahead) = %v, %v; want nil, false", msgs, ok)
		}
	})

	t.Run("since beyond history is never partial", func(t *testing.T) {
		b := newBroker()
		publish(t, b, "a", 1100)
		epoch, head := b.Head("a")
		if _, ok := b.Since("a", epoch, 0); ok {
			t.Fatal("Since(0) after 1100 messages is ok; history must have dropped some")
		}
		recoverable := false
		for after := uint64(0); after <= head; after++ {
			msgs, ok := b.Since("a", epoch, after)
			if !ok {
				if recoverable {
					t.Fatalf("Since(%d) not ok although an earlier seq was", after)
				}
				if msgs != nil {
					t.Fatalf("Since(%d) not ok but returned %d msgs", after, len(msgs))
				}
				continue
			}
			recoverable = true
			if len(msgs) != int(head-after) || (len(msgs) > 0 && msgs[0].Seq != after+1) {
				t.Fatalf("Since(%d) = %d msgs; want exactly %d from %d", after, len(msgs), head-after, after+1)
			}
		}
		if _, ok := b.Since("a", epoch, head-8); !ok {
			t.Error("Since(head-8) not ok; history must hold at least 8")
		}
	})

	t.Run("subscribers get later messages in order, one at a time", func(t *testing.T) {
		b := newBroker()
		publish(t, b, "a", 2) // before Subscribe: not delivered
		const publishers, each = 4, 50
		type sub struct {
			mu       sync.Mutex
			seqs     []uint64
			inFlight atomic.Int32
		}
		subs := make([]*sub, 3)
		for i := range subs {
			s := &sub{}
			subs[i] = s
			b.Subscribe("a", func(m Message) {
				if s.inFlight.Add(1) != 1 {
					t.Error("fn called concurrently for one subscription")
				}
				s.mu.Lock()
				s.seqs = append(s.seqs, m.Seq)
				s.mu.Unlock()
				s.inFlight.Add(-1)
			})
		}
		var wg sync.WaitGroup
		for range publishers {
			wg.Go(func() { publish(t, b, "a", each) })
		}
		wg.Wait()
		for i, s := range subs {
			s.mu.Lock()
			if len(s.seqs) != publishers*each {
				t.Fatalf("subscriber %d got %d messages; want %d", i, len(s.seqs), publishers*each)
			}
			for j, seq := range s.seqs {
				if want := uint64(j + 3); seq != want {
					t.Fatalf("subscriber %d message %d has seq %d; want %d", i, j, seq, want)
				}
			}
			s.mu.Unlock()
		}
	})

	t.Run("unsubscribe stops delivery", func(t *testing.T) {
		b := newBroker()
		var got atomic.Int32
		unsubscribe := b.Subscribe("a", func(Message) { got.Add(1) })
		publish(t, b, "a", 2)
		unsubscribe()
		unsubscribe() // idempotent
		publish(t, b, "a", 2)
		if n := got.Load(); n != 2 {
			t.Errorf("got %d messages; want 2", n)
		}
	})

	t.Run("a message keeps its id", func(t *testing.T) {
		b := newBroker()
		publish(t, b, "a", 1)
		m, err := b.PublishID(ctx, "a", "store-1:7", data(2))
		if err != nil || m.ID != "store-1:7" || m.Seq != 2 {
			t.Fatalf("PublishID = %+v, %v; want id store-1:7 at seq 2", m, err)
		}
		epoch, _ := b.Head("a")
		msgs, ok := b.Since("a", epoch, 0)
		if !ok || len(msgs) != 2 || msgs[0].ID != "" || msgs[1].ID != "store-1:7" {
			t.Errorf("Since(0) = %+v, %v; want ids \"\" and store-1:7", msgs, ok)
		}
	})

	t.Run("publish honours a cancelled context", func(t *testing.T) {
		b := newBroker()
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := b.Publish(cctx, "a", data(1)); err == nil {
			t.Error("Publish with a cancelled context succeeded")
		}
		if _, seq := b.Head("a"); seq != 0 {
			t.Errorf("Head seq = %d after a refused Publish; want 0", seq)
		}
	})
}
