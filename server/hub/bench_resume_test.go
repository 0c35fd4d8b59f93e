package hub

import (
	"context"
	"runtime"
	"testing"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// BenchmarkCatchUp1000 is a screen that missed 1,000 events reconnecting:
// from dialling to the "resumed" frame after the replay (ns/op is one whole
// catch-up over loopback).
func BenchmarkCatchUp1000(b *testing.B) {
	const missed = 1000
	e := newEnv(b, Config{QueueSize: 2 * missed}, envOpts{history: 2 * missed, quiet: true})
	ctx := context.Background()
	for range missed {
		if _, err := e.hub.Publish(ctx, content.StreamStore, promoEvent); err != nil {
			b.Fatal(err)
		}
	}
	epoch, _ := e.broker.Head(content.StreamStore)
	hello := kiosk()
	hello.Epoch, hello.Seq = epoch, 0
	frame := helloFrame(b, hello)
	for b.Loop() {
		ws := e.dialRaw(b, nil)
		if err := ws.WriteMessage(websocket.TextMessage, frame); err != nil {
			b.Fatal(err)
		}
		for n := 0; ; n++ {
			_, msg, err := ws.ReadMessage()
			if err != nil {
				b.Fatal(err)
			}
			env, err := content.DecodeEnvelope(msg)
			if err != nil {
				b.Fatal(err)
			}
			if env.Type == content.TypeResumed {
				if n != missed {
					b.Fatalf("replayed %d events; want %d", n, missed)
				}
				break
			}
		}
		ws.Close()
	}
}

// BenchmarkHistoryMemory reports the heap one history entry holds (a
// typical ~300-byte promotion event) and the whole history at the default
// bound.
func BenchmarkHistoryMemory(b *testing.B) {
	const entries = DefaultHistorySize
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		br := NewMemoryBroker(entries)
		for range entries {
			// A fresh copy per event, as the API marshals each one anew.
			data := append([]byte(nil), promoEvent...)
			if _, err := br.Publish(context.Background(), content.StreamStore, data); err != nil {
				b.Fatal(err)
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		perEntry := float64(after.HeapAlloc-before.HeapAlloc) / entries
		b.ReportMetric(perEntry, "B/entry")
		b.ReportMetric(perEntry*entries/1024, "KiB/history")
		runtime.KeepAlive(br)
	}
}
