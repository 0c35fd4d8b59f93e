package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
)

// TestSearchIsBounded: anyone can search, so a search's length, the rows it
// returns and how far it counts are capped.
func TestSearchIsBounded(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	var ps []content.Product
	for i := range maxSearchHits + 5 {
		ps = append(ps, content.Product{SKU: fmt.Sprintf("M%04d", i), Name: content.Text{"en": "Milk"}, Price: 100})
	}
	if _, err := s.ImportProducts(ctx, ps, "test"); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("牛", content.MaxQueryRunes+1)
	if _, err := s.SearchProducts(ctx, long, 10); !errors.Is(err, ErrQueryTooLong) {
		t.Errorf("search of %d characters = %v; want ErrQueryTooLong", content.MaxQueryRunes+1, err)
	}
	if _, err := s.SearchProducts(ctx, long[:len(long)-len("牛")], 10); err != nil {
		t.Errorf("search of %d characters = %v; want an answer", content.MaxQueryRunes, err)
	}
	if _, err := s.ProductByBarcode(ctx, strings.Repeat("1", maxBarcodeLen+1)); !errors.Is(err, ErrQueryTooLong) {
		t.Errorf("barcode of %d digits = %v; want ErrQueryTooLong", maxBarcodeLen+1, err)
	}
	got, err := s.SearchProducts(ctx, "milk", 10_000)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Products) != maxSearchRows || got.Total != maxSearchHits {
		t.Errorf("search matching %d products = %d rows, total %d; want %d rows, total %d",
			len(ps), len(got.Products), got.Total, maxSearchRows, maxSearchHits)
	}
}

// TestSnapshotListsAreBounded: every list a page load or a screen's first
// message reads returns at most listMax rows.
func TestSnapshotListsAreBounded(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.listMax = 2
	later := time.Now().Add(time.Hour)
	for i := range 3 {
		if _, err := s.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": "Milk"}}); err != nil {
			t.Fatal(err)
		}
		liveCampaign(t, s, 10, 1)
		if err := s.PutCategory(ctx, content.Category{ID: fmt.Sprint("c", i), Name: content.Text{"en": "Dairy"}}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.CreateOverride(ctx, content.Override{Message: content.Text{"en": "Closing"}, Severity: "info", ExpiresAt: later}); err != nil {
			t.Fatal(err)
		}
		pl, err := s.SavePlaylist(ctx, content.Playlist{Name: fmt.Sprint("p", i)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveSchedule(ctx, content.Schedule{Playlist: pl.ID, Start: "09:00", End: "17:00"}); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		list string
		get  func() (int, error)
	}{
		{"promotions", func() (int, error) { return rows(s.Promotions(ctx)) }},
		{"campaigns", func() (int, error) { return rows(s.Campaigns(ctx, true)) }},
		{"categories", func() (int, error) { return rows(s.Categories(ctx)) }},
		{"overrides", func() (int, error) { return rows(s.ActiveOverrides(ctx)) }},
		{"playlists", func() (int, error) { return rows(s.Playlists(ctx)) }},
		{"schedules", func() (int, error) { return rows(s.Schedules(ctx)) }},
	}
	for _, tt := range tests {
		t.Run(tt.list, func(t *testing.T) {
			if got, err := tt.get(); err != nil || got != s.listMax {
				t.Errorf("%s of 3 = %d rows, %v; want %d", tt.list, got, err, s.listMax)
			}
		})
	}
}

// rows counts what a list method returned.
func rows[T any](list []T, err error) (int, error) { return len(list), err }
