package e2e

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/e2e/harness"
)

// chainCut is how long store A's uplink stays down: longer than
// nats-server's check of its stream sources (every 10 s), as a real
// outage is.
const chainCut = 30 * time.Second

// A chain of separate processes: three `storecast nats` servers (each
// chain stream in three copies), head office, and three stores, store A
// reaching head office only through a proxy to one server, each store
// with a screen. Store A's link is cut for 30 s while head office
// publishes 200 changes and the store records plays, a claim and a
// redemption of its own campaign, and a call for staff; then a server of
// the cluster is killed; then head office restarts. Every screen gets
// every change exactly once, on the connection it opened first, with no
// snapshot after its first; head office counts every report once.
func TestChainOfProcesses(t *testing.T) {
	t.Parallel()
	start := time.Now()
	step := func(what string) { t.Logf("%v: %s", time.Since(start).Round(time.Millisecond), what) }
	cluster := kit.Cluster(t, 3)
	hqDir := t.TempDir()
	hqArgs := []string{"--role", "hq", "--nats", strings.Join(cluster.ClientURLs(), ","), "--replicas", "3"}
	hq := kit.Server(t, harness.Options{DataDir: hqDir, Args: hqArgs})
	link := startProxy(t, fmt.Sprintf("127.0.0.1:%d", cluster.Ports[0].Leaf)) // store A's only way to head office
	a := openChainStore(t, "A", "north", 1, "nats-leaf://"+strings.TrimPrefix(link.URL, "http://"))
	b := openChainStore(t, "B", "south", 2, cluster.LeafURLs()...)
	c := openChainStore(t, "C", "south", 3, cluster.LeafURLs()...)
	stores := []*chainStore{a, b, c}
	knowsStores(t, hq, len(stores))
	step("head office lists the three stores")

	changes := map[string]int{}              // title of each of head office's promotions → upserts every screen gets
	latest := map[string]content.Promotion{} // head office's promotions as last written
	reports := map[string]rest.ChainCount{}  // store id → what head office must count
	publish := func(tag string, n int) []content.Promotion {
		t.Helper()
		out := make([]content.Promotion, n)
		for i := range out {
			body := map[string]any{"title": map[string]string{"en": fmt.Sprintf("HQ %s %d", tag, i)}, "price": 100}
			if code := hq.API(t, http.MethodPost, "/api/v1/promotions", body, &out[i]); code != http.StatusCreated {
				t.Fatalf("head office's promotion = %d; want 201", code)
			}
			changes[out[i].Title["en"]] = 1
			latest[out[i].ID] = out[i]
		}
		return out
	}
	did := func(s *chainStore, tag string, plays int, ref, from string) {
		t.Helper()
		got := s.did(t, tag, plays, ref, from)
		sum := reports[s.id]
		sum.Plays += got.Plays
		sum.Claims += got.Claims
		sum.Redemptions += got.Redemptions
		sum.StaffCalls += got.StaffCalls
		reports[s.id] = sum
	}

	// The chain's points are head office's: a member joins at store B,
	// earns at C and spends at A.
	var member rest.PointsMember
	if code := b.srv.API(t, http.MethodPost, "/api/v1/points/members", rest.PointsJoin{ConsentVersion: 1, ConsentLocale: "en"}, &member); code != http.StatusCreated {
		t.Fatalf("joining at store B = %d; want 201", code)
	}
	var posted rest.PointsPosted
	earn := func(s *chainStore, receipt string, want int) {
		t.Helper()
		in := rest.PointsEarnInput{MemberCode: memberCode(t, hq, member), ReceiptID: receipt, AmountFen: 10000}
		if code := s.srv.API(t, http.MethodPost, "/api/v1/points/earns", in, &posted); code != want {
			t.Fatalf("earning %s at store %s = %d (%+v); want %d", receipt, s.name, code, posted, want)
		}
	}
	earn(c, "c-1", http.StatusCreated)
	perReceipt := posted.Entry.Points // 100 yuan's, by head office's rules
	spend := rest.PointsSpendInput{MemberCode: memberCode(t, hq, member), ReceiptID: "a-1", Points: perReceipt}
	if code := a.srv.API(t, http.MethodPost, "/api/v1/points/spends", spend, &posted); code != http.StatusCreated || posted.Balance != 0 {
		t.Fatalf("spending C's points at store A = %d, balance %d; want 201, 0", code, posted.Balance)
	}
	step("a member joined at B, earned at C and spent at A")

	first := publish("before", 10)
	for _, s := range stores {
		s.sees(t, changes)
	}
	step("every store's screen has head office's first 10 promotions")
	ref := first[0].ID // what the screens' plays show: every store holds it

	// The uplink goes down. Head office publishes 200 changes: 150 new
	// promotions, then 50 of them changed; every store carries on.
	link.down()
	cutAt := time.Now()
	harness.CheckFor(t, chainWithin, 50*time.Millisecond, func() error {
		if a.uplink(t) {
			return fmt.Errorf("store A says its uplink is up")
		}
		return nil
	})
	step("store A's link is down")
	cut := publish("cut", 150)
	for i := range 50 {
		p := cut[i]
		body := map[string]any{"title": p.Title, "price": 200}
		if code := hq.API(t, http.MethodPut, "/api/v1/promotions/"+p.ID, body, &cut[i]); code != http.StatusOK {
			t.Fatalf("changing head office's promotion = %d; want 200", code)
		}
		changes[p.Title["en"]]++
		latest[p.ID] = cut[i]
	}
	for _, s := range stores {
		did(s, "cut", 100, ref, "127.0.0.2")
	}
	step("head office published 200 changes; the stores recorded plays, a claim, a redemption and a call")
	earn(a, "a-2", http.StatusAccepted)
	earn(a, "a-2", http.StatusAccepted) // the till's retry: still one earn
	spend.ReceiptID, spend.Points = "a-3", 1
	if code := a.srv.API(t, http.MethodPost, "/api/v1/points/spends", spend, nil); code != http.StatusServiceUnavailable {
		t.Fatalf("spending at store A with its link down = %d; want 503", code)
	}
	step("store A queued an earn and refused a spend with its link down")
	b.sees(t, changes)
	c.sees(t, changes)
	if got := upsertCounts(a.screen)[cut[0].Title["en"]]; got != 0 {
		t.Fatalf("store A's screen got head office's change %d times with its uplink down", got)
	}
	harness.CheckFor(t, chainCut+chainWithin, 100*time.Millisecond, func() error {
		if down := time.Since(cutAt); down < chainCut {
			return fmt.Errorf("store A's link has been down %v of %v", down, chainCut)
		}
		return nil
	})
	if a.uplink(t) {
		t.Fatal("store A's uplink came up through a proxy that refuses it")
	}

	link.up()
	back := time.Now()
	step("store A's link is back")
	harness.CheckFor(t, chainWithin, 20*time.Millisecond, func() error {
		if !a.uplink(t) {
			return fmt.Errorf("store A says its uplink is down")
		}
		return nil
	})
	t.Logf("recovery: store A's uplink was up again %v after the link returned", time.Since(back).Round(time.Millisecond))
	a.sees(t, changes)
	t.Logf("recovery: store A's screen had head office's 200 changes %v after the link returned", time.Since(back).Round(time.Millisecond))
	counted(t, hq, stores, reports)
	t.Logf("recovery: head office counted store A's reports %v after the link returned", time.Since(back).Round(time.Millisecond))
	a.holds(t, latest)
	harness.CheckFor(t, chainWithin, 100*time.Millisecond, func() error {
		var m rest.PointsMember
		if code := hq.API(t, http.MethodGet, "/api/v1/points/members/"+memberCode(t, hq, member), nil, &m); code != http.StatusOK || m.Balance != perReceipt {
			return fmt.Errorf("the member's balance at head office = %d (%d); want %d, store A's queued earn once", m.Balance, code, perReceipt)
		}
		return nil
	})
	t.Logf("recovery: head office had store A's queued earn %v after the link returned", time.Since(back).Round(time.Millisecond))

	// A server of the cluster dies (not the one behind store A's proxy):
	// each stream has two copies left.
	if err := cluster.Nodes[2].Kill(); err != nil {
		t.Fatal(err)
	}
	step("hq-3 killed")
	publish("one-down", 20)
	for _, s := range stores {
		did(s, "one-down", 50, ref, "127.0.0.3")
	}
	for _, s := range stores {
		s.sees(t, changes)
	}
	counted(t, hq, stores, reports)
	step("with hq-3 dead every screen has the 20 changes and head office counted every report")

	// Head office restarts; the stores carry on, their screens connected,
	// and what they did meanwhile is counted once.
	stop(t, hq)
	step("head office stopped")
	for _, s := range stores {
		did(s, "hq-down", 10, ref, "127.0.0.4")
	}
	hq = kit.Server(t, harness.Options{DataDir: hqDir, Args: hqArgs})
	step("head office started again")
	publish("after", 5)
	for _, s := range stores {
		s.sees(t, changes)
	}
	counted(t, hq, stores, reports)
	step("every screen has the 5 changes after the restart and head office counted every report")

	for _, s := range stores {
		s.holds(t, latest)
		s.gotOnce(t, changes)
		checkScreens(t, []*screenClient{s.screen})
	}
}

// memberCode is the member's code now: their phone's card shows it, for
// head office's 30-second steps.
func memberCode(t *testing.T, hq *harness.Server, m rest.PointsMember) string {
	t.Helper()
	var c rest.PointsCode
	if code := hq.APIAs(t, "", http.MethodPost, "/api/v1/points/card/code", rest.PointsCard{Card: m.Card}, &c); code != http.StatusOK {
		t.Fatalf("the member's card at head office = %d; want 200", code)
	}
	return c.Code
}
