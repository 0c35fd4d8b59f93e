package chain

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/points"
)

// In a chain the ledger is head office's: a member who joined at one
// store earns there and spends at another. While head office cannot be
// reached a till's earn waits in its store's queue (answered Queued) and
// is applied once when head office is back, however often the till sent
// it; a spend is refused at once (it needs the balance); the earning
// rules are head office's alone.
func TestChainPointsEarnQueuesWhileHeadOfficeIsAway(t *testing.T) {
	ctx := context.Background()
	c := startCluster(t, 1)
	hqDir := t.TempDir()
	hq := openOffice(t, hqDir, c.clientURLs())
	a := openShop(t, t.TempDir(), "A", "north", c.leafURLs())
	b := openShop(t, t.TempDir(), "B", "south", c.leafURLs())
	hq.knows(t, 2)

	var m rest.PointsMember
	var err error
	waitFor(t, within, func() error { // until head office answers the store
		m, err = a.points.Join(ctx, rest.PointsJoin{Phone: "13800138000", ConsentVersion: points.ConsentVersion, ConsentLocale: "zh-Hans"})
		return err
	})
	if _, err := b.points.Join(ctx, rest.PointsJoin{Phone: "138 0013 8000", ConsentVersion: points.ConsentVersion, ConsentLocale: "en"}); !errors.Is(err, points.ErrAlreadyMember) {
		t.Fatalf("joining again at another store: err %v; want ErrAlreadyMember (one ledger for the chain)", err)
	}
	earned, err := a.points.Earn(ctx, "till-1", rest.PointsEarnInput{MemberCode: m.Code, ReceiptID: "r1", AmountFen: 10000})
	if err != nil || earned.Queued || earned.Entry.Points <= 0 {
		t.Fatalf("earning at store A: %+v, %v; want points at head office", earned, err)
	}
	spent, err := b.points.Spend(ctx, "till-1", rest.PointsSpendInput{MemberCode: m.Code, ReceiptID: "r1", Points: earned.Entry.Points})
	if err != nil || spent.Balance != 0 {
		t.Fatalf("spending A's points at store B (the same receipt id, another store): %+v, %v; want balance 0", spent, err)
	}
	if err := a.points.SetRules(ctx, points.DefaultRules()); !errors.Is(err, points.ErrRulesAtHQ) {
		t.Errorf("a store setting the rules: err %v; want ErrRulesAtHQ", err)
	}

	// Head office is away: earns wait, spends are refused.
	hq.close()
	in := rest.PointsEarnInput{MemberCode: m.Code, ReceiptID: "r2", AmountFen: 5000}
	var wg sync.WaitGroup
	for range 10 { // the till retries, impatient
		wg.Go(func() {
			p, err := a.points.Earn(ctx, "till-1", in)
			if err != nil || !p.Queued {
				t.Errorf("earning with head office away: %+v, %v; want queued", p, err)
			}
		})
	}
	wg.Wait()
	other := in
	other.AmountFen = 7000
	if _, err := a.points.Earn(ctx, "till-1", other); !errors.Is(err, points.ErrKeyReused) {
		t.Errorf("queueing receipt r2 again with another amount: err %v; want ErrKeyReused", err)
	}
	if _, err := a.points.Spend(ctx, "till-1", rest.PointsSpendInput{MemberCode: m.Code, ReceiptID: "r3", Points: 1}); !errors.Is(err, ErrHQUnreachable) {
		t.Errorf("spending with head office away: err %v; want ErrHQUnreachable", err)
	}
	// A code no member's: only head office can tell, so it waits too.
	forged := rest.PointsEarnInput{MemberCode: "PT" + strings.Repeat("A", len(m.Code)-2), ReceiptID: "r4", AmountFen: 100}
	if p, err := a.points.Earn(ctx, "till-1", forged); err != nil || !p.Queued {
		t.Errorf("earning for a forged code with head office away: %+v, %v; want queued", p, err)
	}
	if waiting, _, err := a.points.Queued(ctx); err != nil || waiting != 2 {
		t.Fatalf("earns waiting at store A: %d, %v; want 2", waiting, err)
	}

	hq = openOffice(t, hqDir, c.clientURLs())
	waitFor(t, within, func() error {
		waiting, refused, err := a.points.Queued(ctx)
		if err != nil || waiting != 0 || refused != 1 {
			return fmt.Errorf("store A's queue: %d waiting, %d refused, %v; want r2 sent, the forged code's earn refused", waiting, refused, err)
		}
		return nil
	})
	code, err := hq.points.Code(m.ID)
	if err != nil {
		t.Fatal(err)
	}
	got, err := hq.points.History(ctx, code, 0, 50)
	if err != nil {
		t.Fatal(err)
	}
	var earns []string
	var sum int64
	for _, e := range got.Entries {
		sum += e.Points
		if e.Kind == rest.PointsEarn {
			earns = append(earns, e.Issuer+" "+e.Key)
		}
	}
	want := []string{a.id + "/till-1 r2", a.id + "/till-1 r1"}
	if fmt.Sprint(earns) != fmt.Sprint(want) {
		t.Errorf("head office's earns, newest first: %v; want %v (the queued one once)", earns, want)
	}
	member, err := hq.points.Member(ctx, code)
	if err != nil || member.Balance != sum || member.Balance <= 0 {
		t.Errorf("balance at head office %d (%v); want the entries' sum %d, above 0", member.Balance, err, sum)
	}
	if bad, err := points.Verify(ctx, hq.st); err != nil || len(bad) > 0 {
		t.Errorf("points verify at head office: %v, %v; want clean", bad, err)
	}
}

// An exchange with a partner merchant from a store reaches head office's
// ledger, once per key: a retry from the store replays it, and the same
// key from another store is that store's own exchange. The partners are
// head office's to change; with head office away an exchange is refused
// at once, as a spend is.
func TestChainPointsExchangeThroughAStore(t *testing.T) {
	ctx := context.Background()
	c := startCluster(t, 1)
	hq := openOffice(t, t.TempDir(), c.clientURLs())
	a := openShop(t, t.TempDir(), "A", "north", c.leafURLs())
	b := openShop(t, t.TempDir(), "B", "south", c.leafURLs())
	hq.knows(t, 2)
	partner := rest.PointsPartner{ID: "mall", Names: map[string]string{"en": "Mall"}, Out: rest.Rate{Num: 2, Den: 1},
		In: rest.Rate{Num: 1, Den: 2}, Active: true}
	if err := hq.points.PutPartner(ctx, partner); err != nil {
		t.Fatal(err)
	}
	if err := a.points.PutPartner(ctx, partner); !errors.Is(err, points.ErrPartnersAtHQ) {
		t.Errorf("a store changing a partner: err %v; want ErrPartnersAtHQ", err)
	}
	var m rest.PointsMember
	var err error
	waitFor(t, within, func() error {
		m, err = a.points.Join(ctx, rest.PointsJoin{ConsentVersion: points.ConsentVersion, ConsentLocale: "en"})
		return err
	})
	if _, err := a.points.Earn(ctx, "till-1", rest.PointsEarnInput{MemberCode: m.Code, ReceiptID: "r1", AmountFen: 10000}); err != nil {
		t.Fatal(err)
	}
	in := rest.PartnerExchangeInput{MemberCode: m.Code, Partner: "mall", Direction: rest.ExchangeOut, Points: 10, Key: "x-1"}
	got, err := a.points.Exchange(ctx, in)
	if err != nil || got.Ours != 10 || got.Theirs != 20 || got.PartnerBalance != 20 || got.Replayed {
		t.Fatalf("exchange at store A: %+v, %v; want 10 ours for 20 theirs", got, err)
	}
	if again, err := a.points.Exchange(ctx, in); err != nil || !again.Replayed || again.Entry != got.Entry {
		t.Errorf("store A's retry: %+v, %v; want the first exchange, replayed", again, err)
	}
	atB, err := b.points.Exchange(ctx, in)
	if err != nil || atB.Replayed || atB.PartnerBalance != 40 {
		t.Errorf("store B's exchange under its own x-1: %+v, %v; want a second exchange", atB, err)
	}
	big := in
	big.Key, big.Points = "x-2", 1_000_000
	if _, err := a.points.Exchange(ctx, big); !errors.Is(err, points.ErrInsufficient) {
		t.Errorf("exchanging more than the balance: err %v; want ErrInsufficient", err)
	}
	if ps, err := b.points.Partners(ctx); err != nil || len(ps) != 1 || ps[0].ID != "mall" {
		t.Errorf("partners at store B: %+v, %v; want head office's one", ps, err)
	}
	day := hq.st.Today()
	days, err := a.points.Settlement(ctx, day, day, 1)
	if err != nil || len(days) != 1 || days[0].OutOurs != 20 || days[0].OwedFen != 20 {
		t.Errorf("settlement at store A: %+v, %v; want both stores' 20 points owed", days, err)
	}
	if bad, err := points.Verify(ctx, hq.st); err != nil || len(bad) > 0 {
		t.Errorf("points verify at head office: %v, %v; want clean", bad, err)
	}

	hq.close()
	in.Key = "x-3"
	if _, err := a.points.Exchange(ctx, in); !errors.Is(err, ErrHQUnreachable) {
		t.Errorf("exchanging with head office away: err %v; want ErrHQUnreachable", err)
	}
	in.Points = 0
	var fe *content.FieldError
	if _, err := a.points.Exchange(ctx, in); !errors.As(err, &fe) || fe.Field != "points" {
		t.Errorf("a bad amount with head office away: err %v; want a field error on points, at once", err)
	}
}

// Tills at a store earning for members at head office, in parallel: how
// many earns per second reach the chain's ledger through a store's leaf
// link (each one write of head office's database).
func BenchmarkChainPointsEarns(b *testing.B) {
	ctx := context.Background()
	c := startCluster(b, 1)
	hq := openOffice(b, b.TempDir(), c.clientURLs())
	a := openShop(b, b.TempDir(), "A", "north", c.leafURLs())
	hq.knows(b, 1)
	var m rest.PointsMember
	var err error
	waitFor(b, within, func() error {
		m, err = a.points.Join(ctx, rest.PointsJoin{ConsentVersion: points.ConsentVersion, ConsentLocale: "en"})
		return err
	})
	var n atomic.Int64
	b.SetParallelism(16) // many tills per core: each waits on the network
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			// A code lasts 30 seconds: ask for it again now and then, as a
			// till scans the member's phone.
			code := m.Code
			if now, err := hq.points.Code(m.ID); err == nil {
				code = now
			}
			in := rest.PointsEarnInput{MemberCode: code, ReceiptID: fmt.Sprintf("r%d", n.Add(1)), AmountFen: 1000}
			if p, err := a.points.Earn(ctx, "till-1", in); err != nil || p.Queued {
				b.Errorf("earn: %+v, %v", p, err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "earns/s")
}
