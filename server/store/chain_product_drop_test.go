package store

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"storecast/app/content"
)

// catalogueSKUs is every SKU the store's catalogue events named, in order.
func catalogueSKUs(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, m := range outboxOf(t, s, content.StreamStore) {
		var e content.Event
		if err := json.Unmarshal(m.Data, &e); err != nil {
			t.Fatal(err)
		}
		if e.Op == content.OpCatalogueUpdate {
			out = append(out, e.Catalogue.SKUs...)
		}
	}
	return out
}

// Head office deleting a product tells the stores, and its own kiosks.
func TestHeadOfficeSendsProductDeletes(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetChainRole(HeadOffice)
	rice := content.Product{SKU: "RICE", Name: content.Text{"en": "Rice"}, Price: 500}
	if _, err := s.SaveProduct(ctx, rice, true); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteProduct(ctx, "RICE"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteProduct(ctx, "RICE"); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting it again: err = %v; want ErrNotFound", err)
	}
	items := chainItems(t, s)
	var ops []string
	for _, it := range items {
		ops = append(ops, it.Event.Op)
	}
	if want := []string{content.OpChainPrices, content.OpChainProductDelete}; !slices.Equal(ops, want) {
		t.Fatalf("chain outbox ops = %v; want %v", ops, want)
	}
	if last := items[1]; last.Event.ID != "RICE" || len(last.Targets.Regions)+len(last.Targets.Stores) != 0 {
		t.Errorf("delete item = %+v; want RICE for every store", last)
	}
	if got := catalogueSKUs(t, s); !slices.Equal(got, []string{"RICE"}) {
		t.Errorf("head office's kiosks heard of %v; want [RICE] (the delete)", got)
	}
}

// A store removes a product head office added when head office deletes
// it, once; one the store made itself that head office priced stays as
// the store's own; the rest is left alone. Offers and kiosks follow.
func TestStoreAppliesHeadOfficeProductDelete(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetChainRole(Member)
	for _, p := range []content.Product{
		{SKU: "MINE", Name: content.Text{"en": "Local honey"}, Barcode: "96385074", Price: 900},
		{SKU: "LOCAL", Name: content.Text{"en": "Bread"}, Price: 300},
	} {
		if _, err := s.SaveProduct(ctx, p, true); err != nil {
			t.Fatal(err)
		}
	}
	prices := content.Event{Op: content.OpChainPrices, Prices: []content.ChainPrice{
		{Product: content.Product{SKU: "HQONLY", Name: content.Text{"en": "Rice"}, Price: 500}},
		{Product: content.Product{SKU: "MINE", Name: content.Text{"en": "Honey"}, Price: 1000}, Overridable: true, Paused: true},
	}}
	apply := func(row int64, e content.Event) bool {
		t.Helper()
		ok, err := s.ApplyHQ(ctx, "hq", row, e, true)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	apply(1, prices)
	mine, err := s.ProductBySKU(ctx, "MINE")
	if err != nil {
		t.Fatal(err)
	}
	mine.Price = 950 // the store's own, which head office allows
	if _, err := s.SaveProduct(ctx, mine, false); err != nil {
		t.Fatal(err)
	}
	offer, err := s.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": "Honey deal"}, Price: 800, Products: []string{"MINE"}})
	if err != nil {
		t.Fatal(err)
	}
	if !offer.Paused {
		t.Fatal("an offer on a product head office paused is not paused")
	}
	before := len(catalogueSKUs(t, s))

	for i, sku := range []string{"HQONLY", "MINE", "LOCAL", "NONE"} {
		if !apply(int64(i+2), content.Event{Op: content.OpChainProductDelete, ID: sku}) {
			t.Fatalf("delete of %s was skipped", sku)
		}
	}
	if apply(2, content.Event{Op: content.OpChainProductDelete, ID: "HQONLY"}) {
		t.Error("a delete at or below the last applied row was applied again")
	}

	if _, err := s.ProductBySKU(ctx, "HQONLY"); !errors.Is(err, ErrNotFound) {
		t.Errorf("head office's product after its delete: err = %v; want ErrNotFound", err)
	}
	got, err := s.ProductBySKU(ctx, "MINE")
	if err != nil {
		t.Fatalf("the store's own product after head office's delete: %v", err)
	}
	if got.Price != 950 || got.HQPrice != nil || got.Overridable || got.HQPaused || got.Barcode != "96385074" {
		t.Errorf("the store's own product = price %d, hq_price %v, overridable %v, paused %v, barcode %q; want 950, nil, false, false, 96385074",
			got.Price, got.HQPrice, got.Overridable, got.HQPaused, got.Barcode)
	}
	if got, err := s.ProductBySKU(ctx, "LOCAL"); err != nil || got.Price != 300 {
		t.Errorf("a product head office never priced = %+v, %v; want it as it was", got, err)
	}
	if p, err := s.Promotion(ctx, offer.ID); err != nil || p.Paused {
		t.Errorf("the offer once head office let go of its product: paused %v (%v); want resumed", p.Paused, err)
	}
	if got := catalogueSKUs(t, s)[before:]; !slices.Equal(got, []string{"HQONLY", "MINE"}) {
		t.Errorf("kiosks heard of %v; want [HQONLY MINE]", got)
	}
	mine.Price = 700 // the store's alone now: no head office price refuses it
	if _, err := s.SaveProduct(ctx, mine, false); err != nil {
		t.Errorf("the store pricing its own product after head office let go: %v", err)
	}
}

// The migration that tells head office's products from a store's own
// marks those already in a store from their price history.
func TestProductsHeadOfficeAddedBackfill(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.SetChainRole(Member)
	if _, err := s.SaveProduct(ctx, content.Product{SKU: "MINE", Name: content.Text{"en": "Honey"}, Price: 900}, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApplyHQ(ctx, "hq", 1, content.Event{Op: content.OpChainPrices, Prices: []content.ChainPrice{
		{Product: content.Product{SKU: "HQONLY", Name: content.Text{"en": "Rice"}, Price: 500}},
		{Product: content.Product{SKU: "MINE", Name: content.Text{"en": "Honey"}, Price: 1000}},
	}}, true); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(migrationFiles, "migrations/*_product_hq_added.sql")
	if err != nil || len(names) != 1 {
		t.Fatalf("the migration: %v, %v", names, err)
	}
	b, err := migrationFiles.ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	_, backfill, ok := strings.Cut(string(b), "\nUPDATE ")
	if !ok {
		t.Fatal("the migration has no UPDATE")
	}
	if _, err := s.write.ExecContext(ctx, `UPDATE products SET hq_added = 0`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.write.ExecContext(ctx, "UPDATE "+backfill); err != nil {
		t.Fatal(err)
	}
	for sku, want := range map[string]bool{"HQONLY": true, "MINE": false} {
		var got bool
		if err := s.write.QueryRowContext(ctx, `SELECT hq_added FROM products WHERE sku = ?`, sku).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s hq_added = %v; want %v", sku, got, want)
		}
	}
}
