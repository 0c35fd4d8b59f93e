package store

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"storecast/app/content"
)

// TestMetricsCountOutcomes makes each outcome happen for real and reads
// the counters back from a registry of the test's own.
func TestMetricsCountOutcomes(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	reg := prometheus.NewRegistry()
	s.Metrics = NewMetrics(reg)
	m := s.Metrics
	c := liveCampaign(t, s, 2, 1)

	s.Claim(ctx, c.ID, "kiosk-1", 1)      // issued
	s.Claim(ctx, c.ID, "kiosk-1", 2)      // device_limit
	s.Claim(ctx, c.ID, "kiosk-2", 1)      // serial taken: the caller retries, not counted
	s.Claim(ctx, c.ID, "kiosk-2", 3)      // issued
	s.Claim(ctx, c.ID, "kiosk-3", 4)      // sold_out
	s.Claim(ctx, "no-such-offer", "k", 5) // unknown_offer
	s.Redeem(ctx, 1, "li")                // redeemed
	s.Redeem(ctx, 1, "li")                // already_redeemed
	s.Redeem(ctx, 99, "li")               // unknown
	if _, err := s.CreateStaffCall(ctx, "127.0.0.1", "aisle 3"); err != nil {
		t.Fatal(err)
	}
	known, err := s.KnownPlays(ctx, []Play{
		{ID: "p1", Kind: content.SlideClock, StartedAt: s.now()},
		{ID: "p2", Kind: "marquee", StartedAt: s.now()}, // dropped: no such kind of slide
	})
	if err != nil {
		t.Fatal(err)
	}
	s.AddPlays(ctx, known) // stored
	s.AddPlays(ctx, known) // duplicate: a batch sent again
	var n int
	s.queryRow(ctx, `SELECT nope FROM nowhere`).Scan(&n)
	s.record(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO nowhere VALUES (1)`)
		return err
	})
	s.queryRow(ctx, `SELECT 1 WHERE 0`).Scan(&n) // sql.ErrNoRows is no SQLite error

	var held []*sql.Conn
	for range readConns {
		conn, err := s.read.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, conn)
	}
	if _, err := s.Promotions(ctx); !errors.Is(err, ErrOverloaded) {
		t.Fatalf("read with the pool taken = %v; want ErrOverloaded", err)
	}
	for _, conn := range held {
		conn.Close()
	}

	for _, tc := range []struct {
		name string
		c    prometheus.Collector
		want float64
	}{
		{"claims issued", m.claims.WithLabelValues("issued"), 2},
		{"claims device_limit", m.claims.WithLabelValues("device_limit"), 1},
		{"claims sold_out", m.claims.WithLabelValues("sold_out"), 1},
		{"claims unknown_offer", m.claims.WithLabelValues("unknown_offer"), 1},
		{"claims error", m.claims.WithLabelValues("error"), 0},
		{"redemptions redeemed", m.redemptions.WithLabelValues("redeemed"), 1},
		{"redemptions already_redeemed", m.redemptions.WithLabelValues("already_redeemed"), 1},
		{"redemptions unknown", m.redemptions.WithLabelValues("unknown"), 1},
		{"staff calls", m.staffCalls, 1},
		{"plays stored", m.plays.WithLabelValues("stored"), 1},
		{"plays duplicate", m.plays.WithLabelValues("duplicate"), 1},
		{"plays dropped", m.plays.WithLabelValues("dropped"), 1},
		{"sqlite errors read", m.sqliteErrors.WithLabelValues("read", "other"), 1},
		{"sqlite errors write", m.sqliteErrors.WithLabelValues("write", "other"), 1},
		{"overloaded", m.overloaded, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := testutil.ToFloat64(tc.c); got != tc.want {
				t.Errorf("got %v; want %v", got, tc.want)
			}
		})
	}
	if got := testutil.CollectAndCount(m.sqliteErrors); got != 2 {
		t.Errorf("%d SQLite error series; want 2 (one read, one write)", got)
	}
	// Every outcome is there from the start, so a rate over it exists
	// before the first one happens.
	if got, want := testutil.CollectAndCount(m.claims), 7; got != want {
		t.Errorf("%d claim outcome series; want %d", got, want)
	}
}
