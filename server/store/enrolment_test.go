package store

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRedeemEnrolmentLinkOnce(t *testing.T) {
	s, _ := openTemp(t)
	ctx := WithActor(context.Background(), "ada")
	l, err := s.CreateEnrolmentLink(ctx, EnrolmentLink{Name: "Till 2", Kind: "kiosk", Groups: []string{"tills"}}, time.Hour, "link-hash")
	if err != nil {
		t.Fatal(err)
	}
	if l.CreatedBy != "ada" || !l.ExpiresAt.Equal(l.CreatedAt.Add(time.Hour)) {
		t.Fatalf("link = %+v; want made by ada, expiring in an hour", l)
	}
	var won atomic.Int32
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Go(func() {
			_, sc, err := s.RedeemEnrolmentLink(context.Background(), "link-hash", "kiosk", "device-"+string(rune('A'+i)), "10.0.0.1:1")
			switch {
			case err == nil:
				won.Add(1)
				if sc.Name != "Till 2" || sc.Kind != "kiosk" || len(sc.Groups) != 1 || sc.Groups[0] != "tills" {
					t.Errorf("screen = %+v; want the link's name, kind and groups", sc)
				}
			case !errors.Is(err, ErrNotFound):
				t.Errorf("redeem: %v", err)
			}
		})
	}
	wg.Wait()
	if won.Load() != 1 {
		t.Fatalf("%d redemptions of one link; want exactly 1", won.Load())
	}
}

// A redemption that fails after its claim (here: the device token hash is
// taken) leaves the link pending and no screen behind.
func TestRedeemEnrolmentLinkIsAtomic(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	if _, err := s.CreateScreen(ctx, Screen{Name: "Door", Kind: "signage"}, "taken"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateEnrolmentLink(ctx, EnrolmentLink{Name: "Aisle 4", Kind: "signage"}, time.Hour, "link-hash"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.RedeemEnrolmentLink(ctx, "link-hash", "signage", "taken", ""); err == nil || errors.Is(err, ErrNotFound) {
		t.Fatalf("redeem with a taken device hash = %v; want a database error", err)
	}
	if ls, _ := s.PendingEnrolmentLinks(ctx); len(ls) != 1 || ls[0].UsedAt != nil {
		t.Fatalf("pending = %+v; want the link still unused", ls)
	}
	if scs, _ := s.Screens(ctx); len(scs) != 1 {
		t.Fatalf("%d screens; want only the one that was there", len(scs))
	}
	if _, _, err := s.RedeemEnrolmentLink(ctx, "link-hash", "signage", "fresh", ""); err != nil {
		t.Fatalf("redeem after the failed attempt: %v", err)
	}
}
