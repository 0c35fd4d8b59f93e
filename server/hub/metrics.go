package hub

import (
	"time"

	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus"

	"storecast/app/content"
)

// Metrics counts what the hub does. Counting is atomic adds on counters
// resolved ahead of the hot path: the fan-out adds once per shard per
// batch, never per delivered message, and takes no lock for it.
//
//   - storecast_hub_connects_total: WebSocket upgrades accepted;
//   - storecast_hub_handshakes_total{result}: how handshakes ended:
//     replay (missed events sent), snapshot (whole state sent), parked
//     (waiting to be paired or enrolled), refused (unknown device token),
//     failed (no or bad hello, no state, gone or shutting down meanwhile);
//   - storecast_hub_handshake_seconds{plan}: from the screen's hello to
//     the last byte of its replay or snapshot written: authentication, the
//     snapshot (cached or built) and the write, not the screen's own wait
//     before it said hello;
//   - storecast_hub_disconnects_total{reason}: connections ended, by the
//     class of their close (disconnectReason);
//   - storecast_hub_published_total{stream}: messages published through
//     the hub (the outbox's, in production);
//   - storecast_hub_delivered_total{stream}: events the fan-out queued on
//     screens: one per event per screen following the stream.
type Metrics struct {
	connects         prometheus.Counter
	handshakes       *prometheus.CounterVec
	handshakeSeconds *prometheus.HistogramVec
	disconnects      *prometheus.CounterVec
	published        *prometheus.CounterVec
	delivered        *prometheus.CounterVec
}

// Handshake results and disconnect reasons: the labels' only values.
const (
	resultReplay   = "replay"
	resultSnapshot = "snapshot"
	resultParked   = "parked"
	resultRefused  = "refused"
	resultFailed   = "failed"
)

var disconnectReasons = []string{"left", "shutdown", "too_slow", "gap", "no_hello", "protocol", "re_enrol", "no_state", "server"}

// NewMetrics declares the hub's metrics on reg (none if reg is nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		connects: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storecast_hub_connects_total",
			Help: "WebSocket upgrades the live feed accepted.",
		}),
		handshakes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_hub_handshakes_total",
			Help: "Live feed handshakes by result: replay, snapshot, parked, refused, failed.",
		}, []string{"result"}),
		handshakeSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "storecast_hub_handshake_seconds",
			Help:    "From a screen's hello to its replay or snapshot written, by plan.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"plan"}),
		disconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_hub_disconnects_total",
			Help: "Live feed connections ended, by close reason class.",
		}, []string{"reason"}),
		published: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_hub_published_total",
			Help: "Messages published to a stream through the hub.",
		}, []string{"stream"}),
		delivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_hub_delivered_total",
			Help: "Events the fan-out queued on screens (one per event per screen).",
		}, []string{"stream"}),
	}
	for _, r := range []string{resultReplay, resultSnapshot, resultParked, resultRefused, resultFailed} {
		m.handshakes.WithLabelValues(r)
	}
	for _, r := range disconnectReasons {
		m.disconnects.WithLabelValues(r)
	}
	if reg != nil {
		reg.MustRegister(m.connects, m.handshakes, m.handshakeSeconds, m.disconnects, m.published, m.delivered)
	}
	return m
}

// handshaken counts a handshake that ended with result; one that sent a
// replay or a snapshot also has its duration since the hello observed.
func (m *Metrics) handshaken(result string, hello time.Time) {
	m.handshakes.WithLabelValues(result).Inc()
	if result == resultReplay || result == resultSnapshot {
		m.handshakeSeconds.WithLabelValues(result).Observe(time.Since(hello).Seconds())
	}
}

// disconnected counts a connection that ended with close code and reason.
func (m *Metrics) disconnected(code int, reason string) {
	m.disconnects.WithLabelValues(disconnectReason(code, reason)).Inc()
}

// disconnectReason is the class of a close: one of disconnectReasons.
// "left" is the screen closing or vanishing; "server" a close by the
// fleet (revoked, pairing code expired).
func disconnectReason(code int, reason string) string {
	switch reason {
	case "":
		return "left" // no close frame of ours: the screen's, or none
	case reasonShutdown:
		return "shutdown"
	case reasonTooSlow:
		return "too_slow"
	case reasonGap:
		return "gap"
	case reasonNoHello:
		return "no_hello"
	case reasonReEnrol:
		return "re_enrol"
	case reasonNoState:
		return "no_state"
	}
	if code == content.CloseBadFrame || code == websocket.CloseMessageTooBig {
		return "protocol"
	}
	return "server"
}
