package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"storecast/app/content"
)

// TestParityHistory counts mismatches per store day (Shanghai's, not
// UTC's), keeps a day's last count, and leaves uncounted days empty.
func TestParityHistory(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetZone("Asia/Shanghai", nil)
	now := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC) // 18:00 in Shanghai
	s.Now = func() time.Time { return now }
	price := func(p int64) *int64 { return &p }
	importOnline := func(online ...int64) {
		t.Helper()
		ps := make([]content.Product, len(online))
		for i, o := range online {
			ps[i] = content.Product{SKU: fmt.Sprintf("P%d", i), Name: content.Text{"en": "p"}, Price: 100, OnlinePrice: price(o)}
		}
		if _, err := s.ImportProducts(ctx, ps, "test"); err != nil {
			t.Fatal(err)
		}
	}
	importOnline(90, 100, 80) // two differ on May 1
	now = now.Add(2 * time.Hour)
	importOnline(100, 100, 80)   // one differs, 20:00 the same day
	now = now.Add(5 * time.Hour) // 03:00 on May 2 in Shanghai, still May 1 in UTC
	if err := s.RecordParityDay(ctx); err != nil {
		t.Fatal(err)
	}
	now = now.Add(48 * time.Hour) // May 4: May 3 was not counted
	importOnline(1, 2, 3)

	got, err := s.ParityHistory(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		day string
		n   int // -1: not counted
	}{{"2026-04-30", -1}, {"2026-05-01", 1}, {"2026-05-02", 1}, {"2026-05-03", -1}, {"2026-05-04", 3}}
	if len(got) != len(want) {
		t.Fatalf("got %d days; want %d", len(got), len(want))
	}
	for i, w := range want {
		n := -1
		if got[i].Mismatches != nil {
			n = *got[i].Mismatches
		}
		if got[i].Day != w.day || n != w.n {
			t.Errorf("day %d = %s %d; want %s %d", i, got[i].Day, n, w.day, w.n)
		}
	}
	for _, days := range []int{0, -1, MaxParityDays + 1} {
		if _, err := s.ParityHistory(ctx, days); err == nil {
			t.Errorf("ParityHistory(%d) = nil error; want out of range", days)
		}
	}
}
