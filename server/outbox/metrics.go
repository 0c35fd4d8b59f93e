package outbox

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"storecast/server/store"
)

// backlogWithin bounds the scrape's count of the outbox: the read pool
// may be busy, and a scrape must not wait for it.
const backlogWithin = time.Second

// Metrics counts what the Relay publishes.
//
//   - storecast_outbox_published_total: rows published to the feed;
//   - storecast_outbox_errors_total{op}: failures to read the outbox
//     ("read"), to publish a row ("publish") or to delete published rows
//     ("mark_sent"); the relay retries each a second later;
//   - storecast_outbox_publish_seconds: one row's publish, from the
//     relay's call to the broker's ack (JetStream has stored the message
//     on disk and this process's fan-out has it);
//   - storecast_outbox_backlog: rows committed and not yet deleted by the
//     relay, counted when scraped. Above a few, the feed is not keeping up
//     and screens see changes late.
type Metrics struct {
	published prometheus.Counter
	errors    *prometheus.CounterVec
	publish   prometheus.Histogram
}

var backlogDesc = prometheus.NewDesc("storecast_outbox_backlog",
	"Outbox rows committed and not yet published (counted at scrape).", nil, nil)

// NewMetrics declares the relay's metrics, and the backlog of st's outbox,
// on reg (none if reg is nil).
func NewMetrics(reg prometheus.Registerer, st *store.Store) *Metrics {
	m := &Metrics{
		published: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storecast_outbox_published_total",
			Help: "Outbox rows published to the live feed.",
		}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_outbox_errors_total",
			Help: "Relay failures by operation: read, publish, mark_sent.",
		}, []string{"op"}),
		publish: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "storecast_outbox_publish_seconds",
			Help:    "From the relay's publish of one outbox row to the broker's ack.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 5},
		}),
	}
	for _, op := range []string{opRead, opPublish, opMarkSent} {
		m.errors.WithLabelValues(op)
	}
	if reg != nil {
		reg.MustRegister(m.published, m.errors, m.publish, backlog{st})
	}
	return m
}

// The relay's operations, as its errors are labelled.
const (
	opRead     = "read"
	opPublish  = "publish"
	opMarkSent = "mark_sent"
)

type backlog struct{ st *store.Store }

func (b backlog) Describe(ch chan<- *prometheus.Desc) { ch <- backlogDesc }

func (b backlog) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), backlogWithin)
	defer cancel()
	n, err := b.st.OutboxBacklog(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(backlogDesc, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(backlogDesc, prometheus.GaugeValue, float64(n))
}
