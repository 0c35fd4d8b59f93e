package hub

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

func TestBroadcastReachesEveryScreenInOrder(t *testing.T) {
	e := newEnv(t, Config{}, envOpts{})
	const screens, events = 50, 200
	cs := make([]*client, screens)
	for i := range cs {
		cs[i] = e.dial(t, kiosk())
		cs[i].expectSnapshot(t, "", 0)
	}
	e.publish(t, 1, events)
	for _, c := range cs {
		c.expectEvents(t, 1, events)
	}
}

func TestSlowScreenIsDroppedWithoutSlowingOthers(t *testing.T) {
	e := newEnv(t, Config{QueueSize: 8, WriteTimeout: 300 * time.Millisecond}, envOpts{sndbuf: 32 << 10})
	slow := dialNonReader(t, e)
	fast := []*client{e.dial(t, kiosk()), e.dial(t, kiosk()), e.dial(t, kiosk())}
	for _, c := range fast {
		c.expectSnapshot(t, "", 0)
	}
	waitFor(t, 2*time.Second, func() bool { return e.hub.Connected() == 4 })

	// Publish 8 KB events until the slow screen's socket buffers and queue
	// are full and it is dropped; the fast screens keep up with each one.
	big := json.RawMessage(`{"op":"promotion.delete","id":"` + strings.Repeat("x", 8<<10) + `"}`)
	seq := uint64(0)
	for e.hub.Connected() == 4 {
		if seq++; seq > 5000 {
			t.Fatal("slow screen still connected after 5000 events")
		}
		if _, err := e.hub.Publish(context.Background(), content.StreamStore, big); err != nil {
			t.Fatal(err)
		}
		for _, c := range fast {
			if env := c.next(t); env.Seq != seq {
				t.Fatalf("fast screen got seq %d; want %d", env.Seq, seq)
			}
		}
	}
	if n := e.hub.Connected(); n != 3 {
		t.Fatalf("Connected = %d; want 3", n)
	}

	// The others still get every event promptly (QueueSize 8: pace them).
	seq++
	for end := seq + 10; seq < end; seq++ {
		e.publish(t, seq, seq)
		for _, c := range fast {
			c.expectEvents(t, seq, seq)
		}
	}
	// The slow screen gets its close frame, or only a cut connection if
	// the server's last write timed out: either way it was dropped.
	code := readCloseCode(t, slow)
	if code != content.CloseResume && code != websocket.CloseAbnormalClosure && code != -1 {
		t.Errorf("slow screen close code = %d; want %d, or a cut connection", code, content.CloseResume)
	}
	t.Logf("slow screen ended with close code %d", code)
}

// dialNonReader connects a screen that reads its snapshot and then nothing.

func dialNonReader(t *testing.T, e *env) *websocket.Conn {
	t.Helper()
	ws := e.dialRaw(t, nil)
	if err := ws.WriteMessage(websocket.TextMessage, helloFrame(t, kiosk())); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ws.ReadMessage(); err != nil {
		t.Fatalf("read snapshot: %v", err)
	}
	return ws
}

func TestResume(t *testing.T) {
	const applied = 5
	tests := []struct {
		name         string
		history      int
		missed       uint64
		wrongEpoch   bool
		wantSnapshot bool
	}{
		{name: "replays exactly the missed events", history: 64, missed: 10},
		{name: "up to date gets nothing", history: 16, missed: 0},
		{name: "wrong epoch gets a snapshot", history: 64, missed: 10, wrongEpoch: true, wantSnapshot: true},
		{name: "beyond history gets a snapshot", history: 16, missed: 40, wantSnapshot: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, Config{}, envOpts{history: tt.history})
			first := e.dial(t, kiosk())
			epoch := first.expectSnapshot(t, "", 0).Epoch
			e.publish(t, 1, applied)
			first.expectEvents(t, 1, applied)
			first.ws.Close()
			waitFor(t, 3*time.Second, func() bool { return e.hub.Connected() == 0 })

			head := applied + tt.missed
			e.publish(t, applied+1, head)
			hello := kiosk()
			hello.Epoch, hello.Seq = epoch, applied
			if tt.wrongEpoch {
				hello.Epoch = "0123456789abcdef"
			}
			again := e.dial(t, hello)
			if tt.wantSnapshot {
				again.expectSnapshot(t, epoch, head)
			} else {
				again.expectEvents(t, applied+1, head)
				again.expectResumed(t, epoch, head)
			}
			// The next frame is the next live event: no snapshot, no repeat.
			e.publish(t, head+1, head+1)
			again.expectEvents(t, head+1, head+1)
		})
	}
}

// Screens that join or resume while events are being published get a

// gap-free, duplicate-free sequence: the subscribe-first rule at work.

func TestJoinWhilePublishing(t *testing.T) {
	const screens, burst = 20, 50
	const events = (screens + 1) * burst
	e := newEnv(t, Config{QueueSize: 2 * events}, envOpts{history: 2 * events})
	epoch, _ := e.broker.Head(content.StreamStore)
	cs := make([]*client, screens)
	from := make([]uint64, screens) // for resuming screens, the seq they hold
	errs := make([]error, screens)
	var dials sync.WaitGroup
	for i := range screens {
		seq := uint64(i * burst)
		e.publish(t, seq+1, seq+burst)
		hello := kiosk()
		if i%2 == 1 {
			hello.Epoch, hello.Seq, from[i] = epoch, seq/2, seq/2 // resume from mid-history
		}
		dials.Go(func() { cs[i], errs[i] = e.tryDial(t, hello) }) // handshakes race the next bursts
	}
	e.publish(t, screens*burst+1, events)
	dials.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	for i, c := range cs {
		first := c.next(t)
		if from[i] > 0 && (first.Type != content.TypeEvent || first.Seq != from[i]+1) ||
			from[i] == 0 && first.Type != content.TypeSnapshot {
			t.Fatalf("screen %d: first frame %s seq %d; want a snapshot or the event after %d", i, first.Type, first.Seq, from[i])
		}
		last, resumed := first.Seq, false
		for last < events || (from[i] > 0 && !resumed) {
			f := c.next(t)
			switch {
			case f.Type == content.TypeEvent && f.Seq == last+1:
				last = f.Seq
			case f.Type == content.TypeResumed && from[i] > 0 && !resumed && f.Seq == last:
				resumed = true // the replay ended at last; live events follow
			default:
				t.Fatalf("screen %d: got %s seq %d after %d; want event %d", i, f.Type, f.Seq, last, last+1)
			}
		}
	}
}
