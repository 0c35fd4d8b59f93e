package chain

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"storecast/app/content"
	"storecast/server/store"
)

// within bounds every wait. Most take well under a second; a source whose
// leader died, or whose store's link came back through a server that does
// not lead CHAIN_UP, is set up again by nats-server's own check (every
// 10 s) after a backoff that grows with each failure up to 2 minutes; and
// with -race on a busy two-core machine everything is ten times slower.
const within = 5 * time.Minute

func (f *office) createPromotions(t *testing.T, n int, targets content.Targets) []content.Promotion {
	t.Helper()
	ctx := store.WithTargets(context.Background(), targets)
	out := make([]content.Promotion, n)
	for i := range out {
		p, err := f.st.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": fmt.Sprintf("Offer %d", i)}, Price: 100})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = p
	}
	return out
}

// holds waits until the store holds every promotion as head office last
// wrote it.
func (s *shop) holds(t *testing.T, ps []content.Promotion) {
	t.Helper()
	waitFor(t, within, func() error {
		for _, p := range ps {
			got, err := s.st.Promotion(context.Background(), p.ID)
			if err != nil {
				return fmt.Errorf("store %s: promotion %s: %w", s.id, p.ID, err)
			}
			if got.Price != p.Price {
				return fmt.Errorf("store %s: promotion %s costs %d; want %d", s.id, p.ID, got.Price, p.Price)
			}
		}
		return nil
	})
}

// screensGotOnce waits until the store's outbox is drained, then checks
// that its screens got each change of head office's promotions exactly
// once: changes[id] upserts each.
func (s *shop) screensGotOnce(t *testing.T, changes map[string]int) {
	t.Helper()
	waitFor(t, within, func() error {
		left, err := s.st.Outbox(context.Background(), 0, 1)
		if err == nil && len(left) > 0 {
			err = fmt.Errorf("store %s: outbox row %d not yet published", s.id, left[0].ID)
		}
		return err
	})
	got := map[string]int{}
	for _, e := range s.feedEvents(t) {
		if e.Op == content.OpPromotionUpsert {
			got[e.Promotion.ID]++
		}
	}
	for id, want := range changes {
		if got[id] != want {
			t.Errorf("store %s: screens got promotion %s %d times; want %d", s.id, id, got[id], want)
		}
	}
}

// did records n plays, claims and redeems k coupons of a campaign of the
// store's own, and calls staff once: what a store does with its uplink up
// or down.
func (s *shop) did(t testing.TB, tag string, plays, k int) {
	t.Helper()
	ctx := context.Background()
	batch := make([]store.Play, plays)
	for i := range batch {
		batch[i] = store.Play{ID: fmt.Sprintf("%s-%d", tag, i), Screen: "screen-1", StartedAt: time.Now(), Ms: 5000}
	}
	if _, err := s.st.AddPlays(ctx, batch); err != nil {
		t.Fatal(err)
	}
	c, err := s.st.CreateCampaign(ctx, content.Campaign{Title: content.Text{"en": tag}, Quantity: 100, PerDevice: 100,
		WindowMinutes: 60, CouponMinutes: 60, Status: content.CampaignLive})
	if err != nil {
		t.Fatal(err)
	}
	for i := range k {
		serial := uint32(time.Now().UnixNano()&0xffffff) + uint32(i)
		if _, err := s.st.Claim(ctx, c.ID, "install:"+tag, serial); err != nil {
			t.Fatalf("a claim of the store's own campaign: %v", err)
		}
		if _, ok, err := s.st.Redeem(ctx, serial, "cashier"); err != nil || !ok {
			t.Fatalf("a redemption of the store's own coupon: %v, %v", ok, err)
		}
	}
	if _, err := s.st.CreateStaffCall(ctx, "kiosk", tag); err != nil {
		t.Fatal(err)
	}
}

// counted waits until head office's report for the store says want.
func (f *office) counted(t testing.TB, id string, want store.ChainCount) {
	t.Helper()
	waitFor(t, within, func() error {
		rows, err := f.st.ChainReport(context.Background(), store.ByStore, "0000-00-00", "9999-99-99")
		if err != nil {
			return err
		}
		var got store.ChainCount
		for _, r := range rows {
			if r.Key == id {
				got.Plays += r.Plays
				got.Claims += r.Claims
				got.Redemptions += r.Redemptions
				got.StaffCalls += r.StaffCalls
			}
		}
		if got != want {
			return fmt.Errorf("head office counts store %s %+v; want %+v (%s)", id, got, want, f.sources())
		}
		return nil
	})
}

// staleAfter is nats-server's sourceHealthCheckInterval: a source silent
// for longer is set up again as soon as its leaf link is back.
const staleAfter = 10 * time.Second

// silentFor is how long the stream's source in domain has been silent.
func silentFor(js jetstream.JetStream, stream, domain string) time.Duration {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	if err != nil {
		return 0
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0
	}
	for _, src := range info.Sources {
		if src.External != nil && src.External.APIPrefix == apiPrefix(domain) {
			return src.Active
		}
	}
	return 0
}

// sources describes CHAIN_UP's sources, for failure messages.
func (f *office) sources() string {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	info, err := f.office.up.Info(ctx)
	if err != nil {
		return err.Error()
	}
	out := fmt.Sprintf("CHAIN_UP has %d messages, leader %s;", info.State.Msgs, leaderOf(info.Cluster))
	if ci, err := f.bus.JS.Consumer(ctx, upStream, "hq"); err == nil {
		if i, err := ci.Info(ctx); err == nil {
			out += fmt.Sprintf(" consumer leader %s delivered %d ackfloor %d pending %d ackpending %d waiting %d;",
				leaderOf(i.Cluster), i.Delivered.Stream, i.AckFloor.Stream, i.NumPending, i.NumAckPending, i.NumWaiting)
		}
	}
	for _, s := range info.Sources {
		out += fmt.Sprintf(" source %s lag %d active %v err %v;", s.External.APIPrefix, s.Lag, s.Active, s.Error)
	}
	return out
}

// leaderOf names a clustered stream's or consumer's leader ("-" on a
// single server, which has no cluster).
func leaderOf(c *jetstream.ClusterInfo) string {
	if c == nil {
		return "-"
	}
	return c.Leader
}

func (f *office) knows(t testing.TB, n int) {
	t.Helper()
	waitFor(t, within, func() error {
		s, err := f.st.ChainStores(context.Background())
		if err != nil || len(s) != n {
			return fmt.Errorf("head office knows %d stores (%v); want %d", len(s), err, n)
		}
		return nil
	})
}

// A chain of two stores and head office on a three-server cluster. One
// store's uplink is cut while head office publishes 200 changes and the
// store goes on recording plays, claims and redemptions; when it is back
// everything arrives, once, both ways. Then a server of the cluster dies,
// and head office restarts: nothing is lost, nothing counted twice, and
// the stores never notice.
func TestChainLosesNothingAndDuplicatesNothing(t *testing.T) {
	ctx := context.Background()
	start := time.Now()
	c := startCluster(t, 3)
	link := newProxy(t, c.nodes[0].LeafURL()) // store A's only way to head office
	hqDir := t.TempDir()
	hq := openOffice(t, hqDir, c.clientURLs())
	a := openShop(t, t.TempDir(), "A", "north", []string{link.url()})
	b := openShop(t, t.TempDir(), "B", "south", c.leafURLs())
	hq.knows(t, 2)
	changes := map[string]int{} // head office's promotions: how many upserts each store's screens should get

	first := hq.createPromotions(t, 10, content.Targets{})
	for _, p := range first {
		changes[p.ID] = 1
	}
	southOnly := hq.createPromotions(t, 1, content.Targets{Regions: []string{"south"}})
	a.holds(t, first)
	b.holds(t, append(first, southOnly...))

	// The uplink goes down. Head office publishes 200 changes: 150 new
	// promotions, then 50 of them changed (a fifth of each under -race);
	// store A serves its own.
	t.Logf("%v: link.cut()", time.Since(start))
	link.cut()
	waitFor(t, within, func() error {
		if a.bus.LeafConnected() {
			return fmt.Errorf("store A's leaf is still connected")
		}
		return nil
	})
	created, updated := 150, 50
	if raceEnabled {
		created, updated = 30, 10
	}
	cut := hq.createPromotions(t, created, content.Targets{})
	for i := range updated {
		cut[i].Price = 200
		p, err := hq.st.UpdatePromotion(ctx, cut[i])
		if err != nil {
			t.Fatal(err)
		}
		cut[i] = p
	}
	for i, p := range cut {
		changes[p.ID] = 1 + map[bool]int{true: 1}[i < updated]
	}
	a.did(t, "offline", 100, 10)
	b.did(t, "online", 40, 4)
	b.holds(t, cut)
	if _, err := a.st.Promotion(ctx, cut[len(cut)-1].ID); err == nil {
		t.Fatal("store A got head office's change with its uplink down")
	}

	t.Logf("%v: changes made; waiting out the source check", time.Since(start))
	// A real outage outlasts the servers' check of their sources (10 s):
	// both ends then retry at once when the link is back. (A shorter cut
	// recovers at the next check, which the waits below allow for.)
	waitFor(t, within, func() error {
		if d := silentFor(a.bus.JS, inStream, HQDomain); d < staleAfter {
			return fmt.Errorf("store A heard from head office %v ago", d)
		}
		return nil
	})
	t.Logf("%v: link.restore()", time.Since(start))
	link.restore()
	back := time.Now()
	a.holds(t, append(first, cut...))
	t.Logf("%v after the link returned: store A holds head office's changes", time.Since(back))
	hq.counted(t, a.id, store.ChainCount{Plays: 100, Claims: 10, Redemptions: 10, StaffCalls: 1})
	t.Logf("%v after the link returned: head office counted store A's reports", time.Since(back))
	hq.counted(t, b.id, store.ChainCount{Plays: 40, Claims: 4, Redemptions: 4, StaffCalls: 1})
	if _, err := a.st.Promotion(ctx, southOnly[0].ID); err == nil {
		t.Error("store A (north) holds a promotion for the south only")
	}

	// A server of the cluster dies: the streams have two copies left.
	t.Logf("%v: c.stop(2)", time.Since(start))
	c.stop(2)
	late := hq.createPromotions(t, 20, content.Targets{})
	for _, p := range late {
		changes[p.ID] = 1
	}
	a.did(t, "one-down", 50, 0)
	b.did(t, "one-down", 30, 0)
	a.holds(t, late)
	b.holds(t, late)
	hq.counted(t, a.id, store.ChainCount{Plays: 150, Claims: 10, Redemptions: 10, StaffCalls: 2})
	hq.counted(t, b.id, store.ChainCount{Plays: 70, Claims: 4, Redemptions: 4, StaffCalls: 2})
	c.start(2)

	// Head office restarts; the stores carry on, and what they did
	// meanwhile is counted once when it is back.
	t.Logf("%v: hq.close()", time.Since(start))
	hq.close()
	a.did(t, "hq-down", 10, 1)
	hq = openOffice(t, hqDir, c.clientURLs())
	last := hq.createPromotions(t, 5, content.Targets{})
	for _, p := range last {
		changes[p.ID] = 1
	}
	a.holds(t, last)
	b.holds(t, last)
	hq.counted(t, a.id, store.ChainCount{Plays: 160, Claims: 11, Redemptions: 11, StaffCalls: 3})
	hq.counted(t, b.id, store.ChainCount{Plays: 70, Claims: 4, Redemptions: 4, StaffCalls: 2})

	t.Logf("%v: a.screensGotOnce(t, changes)", time.Since(start))
	a.screensGotOnce(t, changes)
	bChanges := copyCounts(changes)
	bChanges[southOnly[0].ID] = 1
	b.screensGotOnce(t, bChanges)
}

func copyCounts(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
