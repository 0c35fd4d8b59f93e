package chain

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/coupon"
	"storecast/server/store"
)

// A chain coupon claimed at one store is redeemed exactly once across the
// chain, however many tills at however many stores try it at once; with
// head office unreachable, a till is told so within the store's wait and
// nothing is redeemed, and the coupon still redeems once head office is
// back.
func TestChainCouponRedeemsOnceAcrossTheChain(t *testing.T) {
	ctx := context.Background()
	c := startCluster(t, 1)
	hqDir := t.TempDir()
	hq := openOffice(t, hqDir, c.clientURLs())
	a := openShop(t, t.TempDir(), "A", "north", c.leafURLs())
	b := openShop(t, t.TempDir(), "B", "south", c.leafURLs())
	hq.knows(t, 2)

	camp, err := hq.st.CreateCampaign(store.WithTargets(ctx, content.Targets{}), content.Campaign{
		Title: content.Text{"en": "Chain week"}, Quantity: 100, PerDevice: 5,
		WindowMinutes: 60, CouponMinutes: 60, Status: content.CampaignLive})
	if err != nil {
		t.Fatal(err)
	}
	claim := func(s *shop) content.Coupon {
		t.Helper()
		var cp content.Coupon
		waitFor(t, within, func() error { // until head office answers the store
			cp, err = s.member.Claim(ctx, camp.ID, "kiosk-1")
			return err
		})
		if !coupon.IsChainCode(cp.Code) {
			t.Fatalf("claimed code %q; want a chain code (%s-)", cp.Code, coupon.ChainPrefix)
		}
		return cp
	}
	first, second := claim(a), claim(a)

	const tills = 8 // per store
	var wg sync.WaitGroup
	var mu sync.Mutex
	redeemed := map[string]int{}
	for _, s := range []*shop{a, b, a, b} {
		for range tills / 2 {
			wg.Go(func() {
				_, ok, err := s.member.Redeem(ctx, first.Code, "cashier")
				if err != nil {
					t.Errorf("store %s redeeming %s: %v", s.id, first.Code, err)
				}
				if ok {
					mu.Lock()
					redeemed[s.id]++
					mu.Unlock()
				}
			})
		}
	}
	wg.Wait()
	if n := redeemed[a.id] + redeemed[b.id]; n != 1 {
		t.Fatalf("%d tills at two stores redeemed %s %d times (%v); want once", 2*tills, first.Code, n, redeemed)
	}
	cp, ok, err := b.member.Redeem(ctx, first.Code, "cashier")
	if err != nil || ok || cp.Status != content.CouponRedeemed {
		t.Errorf("redeeming it again: redeemed %v, status %q, err %v; want false, %q, nil", ok, cp.Status, err, content.CouponRedeemed)
	}

	// Head office is down: the till hears so in time, and nothing changes.
	hq.close()
	began := time.Now()
	_, ok, err = b.member.Redeem(ctx, second.Code, "cashier")
	if !errors.Is(err, ErrHQUnreachable) || ok {
		t.Fatalf("redeeming with head office down: redeemed %v, err %v; want false, ErrHQUnreachable", ok, err)
	}
	if waited := time.Since(began); waited > 2*a.member.cfg.Wait {
		t.Errorf("the till waited %v for head office; want at most about %v", waited, a.member.cfg.Wait)
	}
	if _, err := a.member.Claim(ctx, camp.ID, "kiosk-1"); !errors.Is(err, ErrHQUnreachable) {
		t.Errorf("claiming with head office down: err %v; want ErrHQUnreachable", err)
	}

	hq = openOffice(t, hqDir, c.clientURLs())
	waitFor(t, within, func() error {
		_, ok, err = b.member.Redeem(ctx, second.Code, "cashier")
		return err
	})
	if !ok {
		t.Errorf("redeeming %s once head office is back: not redeemed; want redeemed (it was not redeemed while head office was down)", second.Code)
	}
	// The till counts its redemptions as the store's; head office counts
	// each chain redemption once, for the store whose till it was.
	hq.countedRedemptions(t, map[string]int{a.id: redeemed[a.id], b.id: redeemed[b.id] + 1})
}

// countedRedemptions waits until head office counts want redemptions for
// each store.
func (f *office) countedRedemptions(t *testing.T, want map[string]int) {
	t.Helper()
	waitFor(t, within, func() error {
		rows, err := f.st.ChainReport(context.Background(), store.ByStore, "0000-00-00", "9999-99-99")
		if err != nil {
			return err
		}
		got := map[string]int{}
		for _, r := range rows {
			got[r.Key] += r.Redemptions
		}
		for id, n := range want {
			if got[id] != n {
				return fmt.Errorf("head office counts redemptions %v; want %v", got, want)
			}
		}
		return nil
	})
}

// Phones at a store asking head office about chain coupons, in parallel:
// how many answers per second head office gives through a store's leaf
// link (each a read of head office's database).
func BenchmarkChainCouponLookups(b *testing.B) {
	ctx := context.Background()
	c := startCluster(b, 1)
	hq := openOffice(b, b.TempDir(), c.clientURLs())
	a := openShop(b, b.TempDir(), "A", "north", c.leafURLs())
	hq.knows(b, 1)
	camp, err := hq.st.CreateCampaign(store.WithTargets(ctx, content.Targets{}), content.Campaign{
		Title: content.Text{"en": "Chain week"}, Quantity: 100, PerDevice: 5,
		WindowMinutes: 60, CouponMinutes: 60, Status: content.CampaignLive})
	if err != nil {
		b.Fatal(err)
	}
	var cp content.Coupon
	waitFor(b, within, func() error {
		cp, err = a.member.Claim(ctx, camp.ID, "kiosk-1")
		return err
	})
	b.SetParallelism(16) // many phones per core: the answers wait on the network, not the CPU
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := a.member.Coupon(ctx, cp.Code); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
