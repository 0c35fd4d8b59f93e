package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storecast/app/content"
)

func liveCampaign(t testing.TB, s *Store, quantity, perDevice int) content.Campaign {
	t.Helper()
	c, err := s.CreateCampaign(context.Background(), content.Campaign{
		Title: content.Text{"en": "10% off fruit"}, Quantity: quantity, PerDevice: perDevice,
		WindowMinutes: 60, CouponMinutes: 60, Status: content.CampaignLive,
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestClaimsNeverOvershootQuantity(t *testing.T) {
	s, _ := openTemp(t)
	c := liveCampaign(t, s, 100, 1000)
	var ok, soldOut atomic.Int32
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Go(func() {
			_, err := s.Claim(context.Background(), c.ID, fmt.Sprintf("kiosk-%d", i%7), uint32(i+1))
			switch {
			case err == nil:
				ok.Add(1)
			case errors.Is(err, ErrSoldOut):
				soldOut.Add(1)
			default:
				t.Errorf("claim %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	if ok.Load() != 100 || soldOut.Load() != 100 {
		t.Fatalf("%d claims succeeded, %d sold out; want exactly 100 and 100", ok.Load(), soldOut.Load())
	}
	got, _ := s.Campaign(context.Background(), c.ID)
	r, _ := s.Report(context.Background(), c.ID)
	if got.Claimed != 100 || r.Claimed != 100 {
		t.Fatalf("campaign says %d claimed, coupons table %d; want 100 and 100", got.Claimed, r.Claimed)
	}
}

func TestRedeemExactlyOnce(t *testing.T) {
	s, _ := openTemp(t)
	c := liveCampaign(t, s, 10, 10)
	if _, err := s.Claim(context.Background(), c.ID, "kiosk-1", 77); err != nil {
		t.Fatal(err)
	}
	var wins atomic.Int32
	var already atomic.Int32
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Go(func() {
			cp, redeemed, err := s.Redeem(context.Background(), 77, fmt.Sprintf("cashier-%d", i))
			if err != nil {
				t.Errorf("redeem: %v", err)
				return
			}
			if redeemed {
				wins.Add(1)
			} else if cp.Status == content.CouponRedeemed {
				already.Add(1)
			}
		})
	}
	wg.Wait()
	if wins.Load() != 1 || already.Load() != 99 {
		t.Fatalf("%d redeemed, %d already redeemed; want 1 and 99", wins.Load(), already.Load())
	}
	r, _ := s.Report(context.Background(), c.ID)
	if r.Redeemed != 1 || r.Rate != 1 {
		t.Fatalf("report = %+v; want 1 redeemed of 1", r)
	}
}

func TestPerDeviceLimitAndExpiry(t *testing.T) {
	s, _ := openTemp(t)
	now := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return now }
	c := liveCampaign(t, s, 100, 2)
	ctx := context.Background()
	for i := range 2 {
		if _, err := s.Claim(ctx, c.ID, "kiosk-1", uint32(10+i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Claim(ctx, c.ID, "kiosk-1", 20); !errors.Is(err, ErrDeviceLimit) {
		t.Fatalf("third claim in the window = %v; want ErrDeviceLimit", err)
	}
	if _, err := s.Claim(ctx, c.ID, "kiosk-2", 21); err != nil {
		t.Fatalf("another kiosk = %v; want a coupon", err)
	}
	now = now.Add(61 * time.Minute) // window passed, and the coupons expired
	if _, err := s.Claim(ctx, c.ID, "kiosk-1", 22); err != nil {
		t.Fatalf("claim after the window = %v; want a coupon", err)
	}
	cp, redeemed, err := s.Redeem(ctx, 10, "li")
	if err != nil || redeemed || cp.Status != content.CouponExpired {
		t.Fatalf("redeem an expired coupon = %+v, %v, %v; want expired, not redeemed", cp, redeemed, err)
	}
	if _, err := s.Claim(ctx, c.ID, "kiosk-3", 22); !errors.Is(err, ErrSerialTaken) {
		t.Fatalf("a duplicate serial = %v; want ErrSerialTaken (the caller draws another)", err)
	}
	c.Status = content.CampaignPaused
	if _, err := s.UpdateCampaign(ctx, c); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Claim(ctx, c.ID, "kiosk-4", 30); !errors.Is(err, ErrNotClaimable) {
		t.Fatalf("claim from a paused campaign = %v; want ErrNotClaimable", err)
	}
}

// BenchmarkClaim is claims from as many goroutines as there are cores;
// BenchmarkClaimCrowd from 32 per core, a store's kiosks and phones at
// once. Both report claims/s (docs/bench.md).
func BenchmarkClaim(b *testing.B)      { benchClaims(b, 1) }
func BenchmarkClaimCrowd(b *testing.B) { benchClaims(b, 32) }

func benchClaims(b *testing.B, perCore int) {
	s, _ := openTemp(b)
	c := liveCampaign(b, s, 1_000_000, 1_000_000)
	var serial atomic.Uint32
	b.SetParallelism(perCore)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Claim(context.Background(), c.ID, "bench", serial.Add(1)); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}

func BenchmarkRedeem(b *testing.B) {
	s, _ := openTemp(b)
	c := liveCampaign(b, s, 1_000_000, 1_000_000)
	for i := range b.N {
		if _, err := s.Claim(context.Background(), c.ID, "bench", uint32(i+1)); err != nil {
			b.Fatal(err)
		}
	}
	var serial atomic.Uint32
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, ok, err := s.Redeem(context.Background(), serial.Add(1), "bench"); err != nil || !ok {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "redemptions/s")
}

func TestRedemptionsAreTheCashiersOwnNewestFirst(t *testing.T) {
	s, _ := openTemp(t)
	now := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return now }
	c := liveCampaign(t, s, 100, 100)
	ctx := context.Background()
	for serial := uint32(40); serial < 43; serial++ {
		if _, err := s.Claim(ctx, c.ID, "kiosk-1", serial); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []struct {
		serial  uint32
		cashier string
	}{{40, "li"}, {41, "wang"}, {42, "li"}} {
		now = now.Add(time.Minute)
		if _, ok, err := s.Redeem(ctx, r.serial, r.cashier); err != nil || !ok {
			t.Fatalf("redeem %d = %v, %v", r.serial, ok, err)
		}
	}
	got, err := s.Redemptions(ctx, "li", 10)
	if err != nil || len(got) != 2 || got[0] != 42 || got[1] != 40 {
		t.Fatalf("Redemptions(li) = %v, %v; want [42 40]", got, err)
	}
	if got, err := s.Redemptions(ctx, "nobody", 10); err != nil || got == nil || len(got) != 0 {
		t.Fatalf("Redemptions(nobody) = %#v, %v; want an empty list", got, err)
	}
}
