package hub

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// promoEvent is a typical event: one promotion upsert, about 300 bytes.
var promoEvent = json.RawMessage(`{"op":"promotion.upsert","promotion":{"id":"p42","title":{"en":"Fresh mangoes","zh-Hans":"新鲜芒果"},` +
	`"body":{"en":"Two for one, today only"},"image":"/media/3f9a0c.webp","price":"9.90","was":"19.80",` +
	`"from":"2026-11-26T08:00:00Z","to":"2026-11-26T22:00:00Z","groups":["entrance","fruit"],"priority":3}}`)

// BenchmarkBroadcast measures one publish delivered to 200 screens over
// loopback (ns/op is per publish, all deliveries included).
func BenchmarkBroadcast(b *testing.B) {
	const screens, window = 200, 64 // at most window publishes in flight per screen
	e := newEnv(b, Config{}, envOpts{quiet: true})
	got := make([]atomic.Int64, screens)
	var lost atomic.Int32
	for i := range screens {
		ws := e.dialRaw(b, nil)
		ws.WriteMessage(websocket.TextMessage, helloFrame(b, kiosk()))
		if _, _, err := ws.ReadMessage(); err != nil { // snapshot
			b.Fatal(err)
		}
		go func() {
			for {
				_, r, err := ws.NextReader()
				if err != nil {
					lost.Add(1)
					return
				}
				io.Copy(io.Discard, r)
				got[i].Add(1)
			}
		}()
	}
	slowest := func() int64 {
		low := got[0].Load()
		for i := range got {
			low = min(low, got[i].Load())
		}
		return low
	}
	ctx := context.Background()
	n := int64(0)
	for b.Loop() {
		if _, err := e.hub.Publish(ctx, content.StreamStore, promoEvent); err != nil {
			b.Fatal(err)
		}
		n++
		for n-slowest() > window {
			runtime.Gosched()
		}
	}
	for slowest() < n {
		if lost.Load() > 0 {
			b.Fatalf("%d screens dropped", lost.Load())
		}
		runtime.Gosched()
	}
	b.ReportMetric(float64(n*screens)/b.Elapsed().Seconds(), "deliveries/s")
}

// BenchmarkEncodeOnce compares the fan-out's work per publish (encode once
// into a shared frame, queue it on 200 connections) with
// encoding the envelope for each of 200 connections.
func BenchmarkEncodeOnce(b *testing.B) {
	const screens = 200
	for _, size := range []int{300, 8 << 10} {
		data := json.RawMessage(`{"op":"promotion.delete","id":"` + strings.Repeat("x", size-35) + `"}`)
		m := Message{Stream: content.StreamStore, Epoch: "0123456789abcdef", Seq: 1234567, Data: data}

		b.Run(fmt.Sprintf("once/%dB", size), func(b *testing.B) {
			f := newFanout(4, NewMetrics(nil).delivered.WithLabelValues(content.StreamStore))
			conns := make([]*conn, screens)
			for i := range conns {
				// writing: the role is taken, so dispatch writes nothing.
				conns[i] = &conn{max: 1, writing: true, done: make(chan struct{})}
				f.add(conns[i])
			}
			b.ReportAllocs()
			for b.Loop() {
				f.dispatch([]Message{m})
				for _, c := range conns {
					c.mu.Lock()
					c.items = c.items[:0]
					c.mu.Unlock()
				}
			}
			n := 0
			for i := range f.shards {
				n += len(f.shards[i].conns)
			}
			if n != screens {
				b.Fatalf("fan-out dropped %d connections", screens-n)
			}
		})
		b.Run(fmt.Sprintf("per-conn/%dB", size), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for range screens {
					if _, err := encodeEvent(m); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
