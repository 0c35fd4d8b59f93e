package hub

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"storecast/app/content"
)

// TestMetricsFollowTheScreens connects screens that get a snapshot, a
// replay, a refusal and a bad hello, publishes, and reads the hub's
// counters back from a registry of the test's own.
func TestMetricsFollowTheScreens(t *testing.T) {
	m := NewMetrics(prometheus.NewRegistry())
	auth := func(_ context.Context, h content.Hello) (Screen, error) {
		if h.Token == "revoked" {
			return Screen{}, errors.New("unknown device token")
		}
		return Screen{Kind: h.Kind, Stream: content.StreamStore}, nil
	}
	e := newEnv(t, Config{Metrics: m}, envOpts{auth: auth})

	a := e.dial(t, kiosk())
	snap := a.expectSnapshot(t, "", 0)
	e.publish(t, 1, 3)
	a.expectEvents(t, 1, 3)
	// The counter counts what the fan-out queues; a screen that joins
	// while a batch is still going out to another shard gets it queued as
	// well and skips it as already replayed. Wait for the batch to finish.
	waitCount(t, m.delivered.WithLabelValues(content.StreamStore), 3)
	b := e.dial(t, content.Hello{Kind: content.KindSignage, Epoch: snap.Epoch, Seq: 2})
	b.expectEvents(t, 3, 3)
	b.expectResumed(t, snap.Epoch, 3)
	e.publish(t, 4, 4)
	a.expectEvents(t, 4, 4)
	b.expectEvents(t, 4, 4)

	refused := e.dial(t, content.Hello{Kind: content.KindKiosk, Token: "revoked"})
	if code := refused.closeCode(t); code != content.CloseReEnrol {
		t.Fatalf("revoked screen closed with %d; want %d", code, content.CloseReEnrol)
	}
	bad := e.dialRaw(t, nil)
	bad.WriteMessage(websocket.TextMessage, []byte(`{"type":"event"}`))
	if code := readCloseCode(t, bad); code != content.CloseBadFrame {
		t.Fatalf("bad hello closed with %d; want %d", code, content.CloseBadFrame)
	}
	a.ws.Close() // the screen leaves

	// Events 1-3 went to a through the fan-out, event 4 to both; b had 3
	// in its replay. Disconnects are counted once the connection is torn
	// down, after the screen has seen its close.
	for _, tc := range []struct {
		name string
		c    prometheus.Collector
		want float64
	}{
		{"connects", m.connects, 4},
		{"handshakes snapshot", m.handshakes.WithLabelValues(resultSnapshot), 1},
		{"handshakes replay", m.handshakes.WithLabelValues(resultReplay), 1},
		{"handshakes refused", m.handshakes.WithLabelValues(resultRefused), 1},
		{"handshakes failed", m.handshakes.WithLabelValues(resultFailed), 1},
		{"handshakes parked", m.handshakes.WithLabelValues(resultParked), 0},
		{"published", m.published.WithLabelValues(content.StreamStore), 4},
		{"delivered", m.delivered.WithLabelValues(content.StreamStore), 5},
		{"disconnects re_enrol", m.disconnects.WithLabelValues("re_enrol"), 1},
		{"disconnects protocol", m.disconnects.WithLabelValues("protocol"), 1},
		{"disconnects left", m.disconnects.WithLabelValues("left"), 1},
	} {
		t.Run(tc.name, func(t *testing.T) { waitCount(t, tc.c, tc.want) })
	}
	if got := testutil.CollectAndCount(m.handshakeSeconds); got != 2 {
		t.Errorf("%d handshake latency series; want 2 (replay, snapshot)", got)
	}
}

func TestDisconnectReason(t *testing.T) {
	for _, tc := range []struct {
		code   int
		reason string
		want   string
	}{
		{0, "", "left"},
		{websocket.CloseGoingAway, "", "left"},
		{content.CloseBackOff, reasonShutdown, "shutdown"},
		{content.CloseResume, reasonTooSlow, "too_slow"},
		{content.CloseResume, reasonGap, "gap"},
		{content.CloseBadFrame, reasonNoHello, "no_hello"},
		{content.CloseBadFrame, "binary frames are not part of the protocol", "protocol"},
		{websocket.CloseMessageTooBig, "frame over 64 KiB", "protocol"},
		{content.CloseReEnrol, reasonReEnrol, "re_enrol"},
		{content.CloseBackOff, reasonNoState, "no_state"},
		{content.CloseReEnrol, "revoked: pair this screen again", "server"},
		{content.CloseResume, "pairing code expired", "server"},
	} {
		got := disconnectReason(tc.code, tc.reason)
		if got != tc.want {
			t.Errorf("disconnectReason(%d, %q) = %q; want %q", tc.code, tc.reason, got, tc.want)
		}
		found := false
		for _, r := range disconnectReasons {
			found = found || r == got
		}
		if !found {
			t.Errorf("disconnectReason(%d, %q) = %q, which is not in disconnectReasons", tc.code, tc.reason, got)
		}
	}
}

// waitCount polls c until it reads want, for up to 5 s.
func waitCount(t *testing.T, c prometheus.Collector, want float64) {
	t.Helper()
	var got float64
	deadline := time.Now().Add(5 * time.Second)
	for got = testutil.ToFloat64(c); got != want && time.Now().Before(deadline); got = testutil.ToFloat64(c) {
		time.Sleep(2 * time.Millisecond) // poll interval, not synchronisation
	}
	if got != want {
		t.Errorf("got %v; want %v", got, want)
	}
}
