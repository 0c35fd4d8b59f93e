package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// burnCPU keeps every core busy until the returned stop is called, as a
// loaded store server's other work would.
func burnCPU() (stop func()) {
	var done atomic.Bool
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for n := 0; !done.Load(); n++ {
			}
		})
	}
	return func() { done.Store(true); wg.Wait() }
}

// TestClaimsUnderLoadNeverFail: 1,000 kiosks claim at once from an offer
// of 500 while every core is busy. With writes queued in Go for the one
// writer connection none of them meets SQLite's busy timeout ("database
// is locked"): each claim gets a coupon or "sold out", and the counts are
// exact.
func TestClaimsUnderLoadNeverFail(t *testing.T) {
	s, _ := openTemp(t)
	const claims, quantity = 1000, 500
	c := liveCampaign(t, s, quantity, claims)
	stop := burnCPU()
	var ok, soldOut atomic.Int32
	var wg sync.WaitGroup
	for i := range claims {
		wg.Go(func() {
			_, err := s.Claim(context.Background(), c.ID, fmt.Sprintf("kiosk-%d", i%13), uint32(i+1))
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
	stop()
	if ok.Load() != quantity || soldOut.Load() != claims-quantity {
		t.Errorf("%d claims succeeded, %d sold out; want exactly %d and %d", ok.Load(), soldOut.Load(), quantity, claims-quantity)
	}
	got, err := s.Campaign(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Report(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Claimed != quantity || r.Claimed != quantity {
		t.Errorf("campaign says %d claimed, coupons table %d; want %d and %d", got.Claimed, r.Claimed, quantity, quantity)
	}
}
