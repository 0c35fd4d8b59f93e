package outbox

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"storecast/app/content"
)

// TestMetricsCountTheRelay: the backlog is what waits, publishes are
// counted and timed once each.
func TestMetricsCountTheRelay(t *testing.T) {
	ctx := context.Background()
	n := openNode(t, t.TempDir())
	for i := range 5 {
		if _, err := n.st.CreatePromotion(ctx, promotion(i)); err != nil {
			t.Fatal(err)
		}
	}
	backlog := func(want int) {
		t.Helper()
		expo := "# HELP storecast_outbox_backlog Outbox rows committed and not yet published (counted at scrape).\n" +
			"# TYPE storecast_outbox_backlog gauge\nstorecast_outbox_backlog " + strconv.Itoa(want) + "\n"
		if err := testutil.GatherAndCompare(n.reg, strings.NewReader(expo), "storecast_outbox_backlog"); err != nil {
			t.Error(err)
		}
	}
	backlog(5)
	stop := n.run(t)
	defer stop()
	n.drained(t)
	backlog(0)
	if got := testutil.ToFloat64(n.metrics.published); got != 5 {
		t.Errorf("published = %v; want 5", got)
	}
	if got, err := testutil.GatherAndCount(n.reg, "storecast_outbox_publish_seconds"); err != nil || got != 1 {
		t.Errorf("publish latency series = %d, %v; want 1", got, err)
	}
	if got := testutil.ToFloat64(n.metrics.errors.WithLabelValues(opPublish)); got != 0 {
		t.Errorf("publish errors = %v; want 0", got)
	}
}

// downFeed is a feed that refuses every publish.
type downFeed struct{}

func (downFeed) PublishID(context.Context, string, string, json.RawMessage) (uint64, error) {
	return 0, errors.New("feed down")
}
func (downFeed) LastID(string) string { return "" }

func TestMetricsCountPublishErrors(t *testing.T) {
	ctx := context.Background()
	n := openNode(t, t.TempDir())
	if _, err := n.st.CreatePromotion(ctx, promotion(1)); err != nil {
		t.Fatal(err)
	}
	r, err := New(ctx, n.st, downFeed{}, []string{content.StreamStore}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	r.Metrics = n.metrics
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { r.Run(rctx); close(done) }()
	defer func() { cancel(); <-done }()
	deadline := time.Now().Add(5 * time.Second)
	for testutil.ToFloat64(n.metrics.errors.WithLabelValues(opPublish)) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no publish error counted within 5 s")
		}
		time.Sleep(5 * time.Millisecond) // polling the relay's progress
	}
	if got := testutil.ToFloat64(n.metrics.published); got != 0 {
		t.Errorf("published = %v with the feed down; want 0", got)
	}
}
