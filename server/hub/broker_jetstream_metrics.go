package hub

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// streamInfoWithin bounds one scrape's questions to JetStream: a scrape
// must not hang on a server that does not answer.
const streamInfoWithin = 2 * time.Second

// The state of each feed's stream, as JetStream reports it when scraped:
//
//   - storecast_jetstream_messages{stream}: messages kept on disk;
//   - storecast_jetstream_bytes{stream}: their size;
//   - storecast_jetstream_first_seq{stream}, storecast_jetstream_last_seq:
//     the oldest and newest message's seq (a screen whose seq is below the
//     first resumes with a snapshot).
var (
	jsMessages = prometheus.NewDesc("storecast_jetstream_messages", "Messages a feed's JetStream stream holds.", []string{"stream"}, nil)
	jsBytes    = prometheus.NewDesc("storecast_jetstream_bytes", "Bytes a feed's JetStream stream holds.", []string{"stream"}, nil)
	jsFirstSeq = prometheus.NewDesc("storecast_jetstream_first_seq", "Seq of the oldest message a feed's stream holds.", []string{"stream"}, nil)
	jsLastSeq  = prometheus.NewDesc("storecast_jetstream_last_seq", "Seq of the newest message of a feed's stream.", []string{"stream"}, nil)
)

// Collector returns a collector of every feed's stream state, asked of
// JetStream at each scrape. A stream that does not answer in time is
// reported as a scrape error; the others are still served.
func (b *JetStreamBroker) Collector() prometheus.Collector { return jsCollector{b} }

type jsCollector struct{ b *JetStreamBroker }

func (c jsCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{jsMessages, jsBytes, jsFirstSeq, jsLastSeq} {
		ch <- d
	}
}

func (c jsCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), streamInfoWithin)
	defer cancel()
	feeds := make([]string, 0, len(c.b.streams))
	for feed := range c.b.streams {
		feeds = append(feeds, feed)
	}
	slices.Sort(feeds)
	for _, feed := range feeds {
		st, err := c.b.js.Stream(ctx, feedStreamName(feed))
		if err != nil {
			ch <- prometheus.NewInvalidMetric(jsMessages, fmt.Errorf("hub: stream %q info: %w", feed, err))
			continue
		}
		s := st.CachedInfo().State
		for _, v := range []struct {
			d *prometheus.Desc
			n uint64
		}{{jsMessages, s.Msgs}, {jsBytes, s.Bytes}, {jsFirstSeq, s.FirstSeq}, {jsLastSeq, s.LastSeq}} {
			ch <- prometheus.MustNewConstMetric(v.d, prometheus.GaugeValue, float64(v.n), feed)
		}
	}
}
