package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"storecast/app/content"
)

func TestSeedKioskDemoOnce(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	for i, want := range []bool{true, false} {
		seeded, err := s.SeedKioskDemo(ctx)
		if err != nil || seeded != want {
			t.Fatalf("SeedKioskDemo #%d = %v, %v; want %v", i+1, seeded, err, want)
		}
	}
	if n, _ := s.ProductCount(ctx); n != len(DemoProducts()) || n < 30 {
		t.Errorf("%d products; want the %d demo products (about 30)", n, len(DemoProducts()))
	}
	for _, p := range DemoProducts() {
		if err := p.Validate(); err != nil {
			t.Errorf("demo product %s: %v", p.SKU, err)
		}
	}
	cs, _ := s.Categories(ctx)
	if len(cs) != 6 || cs[0].ID != "fresh" {
		t.Errorf("categories = %+v; want the 6 demo ones, fresh first", cs)
	}
	es, _ := s.Events(ctx, time.Now())
	if len(es) != 4 {
		t.Errorf("%d upcoming events; want 4", len(es))
	}
}

func TestSearchProducts(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	ps := []content.Product{
		{SKU: "A1", Name: content.Text{"en": "Milk chocolate", "zh-Hans": "牛奶巧克力"}, Price: 990},
		{SKU: "A2", Name: content.Text{"en": "Organic milk", "zh-Hans": "有机牛奶"}, Price: 1590, Barcode: "6901230040078"},
		{SKU: "A3", Name: content.Text{"en": "100% juice_box"}, Price: 500},
		{SKU: "MILK-9", Name: content.Text{"en": "Butter"}, Price: 2290},
	}
	if _, err := s.ImportProducts(ctx, ps, "test"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"milk", []string{"A1", "MILK-9", "A2"}}, // names starting with it first
		{"organic milk", []string{"A2"}},
		{"牛奶", []string{"A1", "A2"}},
		{"100%", []string{"A3"}},
		{"%", []string{"A3"}}, // a wildcard is only a character
		{"_", []string{"A3"}},
		{"tea", nil},
	}
	for _, tt := range tests {
		got, err := s.SearchProducts(ctx, tt.q, 10)
		if err != nil {
			t.Fatal(err)
		}
		var skus []string
		for _, p := range got.Products {
			skus = append(skus, p.SKU)
		}
		if len(skus) != len(tt.want) || got.Total != len(tt.want) {
			t.Errorf("search %q = %v (total %d); want %v", tt.q, skus, got.Total, tt.want)
			continue
		}
		for i := range skus {
			if skus[i] != tt.want[i] {
				t.Errorf("search %q = %v; want %v", tt.q, skus, tt.want)
				break
			}
		}
	}
	if got, _ := s.SearchProducts(ctx, "milk", 1); len(got.Products) != 1 || got.Total != 3 {
		t.Errorf("limit 1: %d products, total %d; want 1 of 3", len(got.Products), got.Total)
	}
	if p, err := s.ProductByBarcode(ctx, "6901230040078"); err != nil || p.SKU != "A2" {
		t.Errorf("by barcode = %+v, %v", p, err)
	}
	if _, err := s.ProductByBarcode(ctx, ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("empty barcode = %v; want ErrNotFound", err)
	}
}

func TestEventsEndAndStaffCalls(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	past, err := s.PutEvent(ctx, content.StoreEvent{Title: content.Text{"en": "Past"}, StartsAt: now.Add(-3 * time.Hour), EndsAt: now.Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutEvent(ctx, content.StoreEvent{Title: content.Text{"en": "Now"}, StartsAt: now.Add(-time.Hour), EndsAt: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	es, _ := s.Events(ctx, now)
	if len(es) != 1 || es[0].Title["en"] != "Now" {
		t.Errorf("events at now = %+v; want only the one still on", es)
	}
	past.Title = content.Text{"en": "Moved"}
	past.StartsAt, past.EndsAt = now.Add(time.Hour), now.Add(2*time.Hour)
	if _, err := s.PutEvent(ctx, past); err != nil {
		t.Fatal(err)
	}
	if es, _ := s.Events(ctx, now); len(es) != 2 || es[1].Title["en"] != "Moved" {
		t.Errorf("after moving an event: %+v", es)
	}
	if _, err := s.PutEvent(ctx, content.StoreEvent{ID: "nope", Title: content.Text{"en": "x"}, StartsAt: now, EndsAt: now.Add(time.Hour)}); !errors.Is(err, ErrNotFound) {
		t.Errorf("update of an unknown event = %v; want ErrNotFound", err)
	}
	clock := now
	s.Now = func() time.Time { clock = clock.Add(time.Second); return clock }
	a, _ := s.CreateStaffCall(ctx, "10.0.0.7", "entrance")
	b, _ := s.CreateStaffCall(ctx, "10.0.0.8", "")
	calls, err := s.StaffCalls(ctx, 10)
	if err != nil || len(calls) != 2 || calls[0].ID != b.ID || calls[1].ID != a.ID || calls[1].Place != "entrance" {
		t.Errorf("staff calls = %+v, %v; want the newest first", calls, err)
	}
}
