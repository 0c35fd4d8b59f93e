package catalogue

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"storecast/server/store"
)

// countWithin bounds the scrape's count of parity mismatches: a scrape
// must not wait for a busy read pool.
const countWithin = time.Second

// Metrics counts what the feed does.
//
//   - storecast_catalogue_batches_total{from, outcome}: batches from the
//     API ("api") or the drop folder ("drop"): applied, refused (bad
//     rows), repeated (a key's first answer sent again), conflict (a key
//     reused with another body);
//   - storecast_catalogue_price_changes_total: rows of price history the
//     feed wrote;
//   - storecast_price_parity_mismatches: products whose online or
//     delivery price differs from the price in store, counted at scrape.
type Metrics struct {
	batches *prometheus.CounterVec
	prices  prometheus.Counter
}

// The label values.
const (
	outcomeApplied  = "applied"
	outcomeRefused  = "refused"
	outcomeRepeated = "repeated"
	outcomeConflict = "conflict"
)

var parityDesc = prometheus.NewDesc("storecast_price_parity_mismatches",
	"Products whose online or delivery price differs from the price in store (counted at scrape).", nil, nil)

// NewMetrics declares the feed's metrics on reg (none if reg is nil), and
// the parity gauge of st when st is not nil.
func NewMetrics(reg prometheus.Registerer, st *store.Store) *Metrics {
	m := &Metrics{
		batches: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_catalogue_batches_total",
			Help: "Catalogue batches by where they came from (api, drop) and outcome.",
		}, []string{"from", "outcome"}),
		prices: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "storecast_catalogue_price_changes_total",
			Help: "Price changes the catalogue feed made, one per product and channel.",
		}),
	}
	for _, from := range []string{"api", "drop"} {
		for _, o := range []string{outcomeApplied, outcomeRefused, outcomeRepeated, outcomeConflict} {
			m.batches.WithLabelValues(from, o)
		}
	}
	if reg != nil {
		reg.MustRegister(m.batches, m.prices)
		if st != nil {
			reg.MustRegister(parity{st})
		}
	}
	return m
}

func (m *Metrics) batch(from, outcome string) {
	if from != "drop" {
		from = "api"
	}
	m.batches.WithLabelValues(from, outcome).Inc()
}

type parity struct{ st *store.Store }

func (p parity) Describe(ch chan<- *prometheus.Desc) { ch <- parityDesc }

func (p parity) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), countWithin)
	defer cancel()
	n, err := p.st.ParityCount(ctx)
	if err != nil {
		ch <- prometheus.NewInvalidMetric(parityDesc, err)
		return
	}
	ch <- prometheus.MustNewConstMetric(parityDesc, prometheus.GaugeValue, float64(n))
}
