package chain

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/store"
)

// saveProduct writes a product at head office as its staff would.
func (f *office) saveProduct(t *testing.T, p content.Product, create bool) {
	t.Helper()
	if _, err := f.st.SaveProduct(context.Background(), p, create); err != nil {
		t.Fatal(err)
	}
}

// priced waits until the price that applies in the store for sku is want.
func (s *shop) priced(t *testing.T, sku string, want int64) {
	t.Helper()
	waitFor(t, within, func() error {
		p, err := s.st.ProductBySKU(context.Background(), sku)
		if err != nil {
			return fmt.Errorf("store %s: product %s: %w", s.id, sku, err)
		}
		if p.Price != want {
			return fmt.Errorf("store %s: %s costs %d; want %d", s.id, sku, p.Price, want)
		}
		return nil
	})
}

// hqHistory is the store's price history of sku that head office set,
// oldest first, as "old>new".
func (s *shop) hqHistory(t *testing.T, sku string) []string {
	t.Helper()
	rows, err := s.st.PriceHistory(context.Background(), sku, 100)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range slices.Backward(rows) {
		if r.Source != store.SourceHQ {
			continue
		}
		old := "none"
		if r.Old != nil {
			old = fmt.Sprint(*r.Old)
		}
		out = append(out, fmt.Sprintf("%s>%d", old, r.New))
	}
	return out
}

// Head office prices two products for the chain, one a store may price
// itself and one it may not. The store's own price wins where allowed and
// is refused where not; head office's price changes and pause made while
// the store's link is cut reach it when the link returns, each once, and
// its kiosks hear of every one.
func TestHeadOfficePricesReachStoresOnce(t *testing.T) {
	ctx := context.Background()
	c := startCluster(t, 1)
	link := newProxy(t, c.nodes[0].LeafURL())
	hq := openOffice(t, t.TempDir(), c.clientURLs())
	a := openShop(t, t.TempDir(), "A", "north", []string{link.url()})
	hq.knows(t, 1)

	fixed := content.Product{SKU: "fixed", Name: content.Text{"en": "Rice 5 kg"}, Price: 500}
	free := content.Product{SKU: "free", Name: content.Text{"en": "Apples"}, Price: 300, Overridable: true}
	hq.saveProduct(t, fixed, true)
	hq.saveProduct(t, free, true)
	a.priced(t, "fixed", 500)
	a.priced(t, "free", 300)
	offer, err := a.st.CreatePromotion(ctx, content.Promotion{Title: content.Text{"en": "Rice deal"}, Price: 450, Products: []string{"fixed"}})
	if err != nil {
		t.Fatal(err)
	}

	own, err := a.st.ProductBySKU(ctx, "free")
	if err != nil {
		t.Fatal(err)
	}
	own.Price = 250
	if _, err := a.st.SaveProduct(ctx, own, false); err != nil {
		t.Fatalf("store's own price where head office allows one: %v", err)
	}
	mine, err := a.st.ProductBySKU(ctx, "fixed")
	if err != nil {
		t.Fatal(err)
	}
	mine.Price = 450
	if _, err := a.st.SaveProduct(ctx, mine, false); !errors.Is(err, store.ErrHQPrice) {
		t.Fatalf("store's own price where head office allows none: got %v; want ErrHQPrice", err)
	}

	fixed.Price, free.Price = 550, 350
	hq.saveProduct(t, fixed, false)
	hq.saveProduct(t, free, false)
	a.priced(t, "fixed", 550)
	a.priced(t, "free", 250) // the store's own price still wins

	link.cut()
	waitFor(t, within, func() error {
		if a.bus.LeafConnected() {
			return fmt.Errorf("store A's leaf is still connected")
		}
		return nil
	})
	fixed.Price, fixed.HQPaused = 600, true
	hq.saveProduct(t, fixed, false)
	free.Overridable = false // head office takes the price back
	hq.saveProduct(t, free, false)
	if p, _ := a.st.ProductBySKU(ctx, "fixed"); p.Price != 550 {
		t.Fatalf("store A priced fixed at %d with its link cut; want 550", p.Price)
	}
	link.restore()
	back := time.Now()
	a.priced(t, "fixed", 600)
	a.priced(t, "free", 350)
	t.Logf("store A had head office's prices %v after its link returned", time.Since(back))
	waitFor(t, within, func() error {
		p, err := a.st.Promotion(ctx, offer.ID)
		if err != nil {
			return err
		}
		if !p.Paused {
			return fmt.Errorf("store A's offer on a product head office paused is not paused")
		}
		return nil
	})

	for sku, want := range map[string][]string{
		"fixed": {"none>500", "500>550", "550>600"},
		"free":  {"none>300", "250>350"},
	} {
		if got := a.hqHistory(t, sku); !slices.Equal(got, want) {
			t.Errorf("store A's head office history of %s: got %v; want %v", sku, got, want)
		}
	}
	waitFor(t, within, func() error {
		left, err := a.st.Outbox(ctx, 0, 1)
		if err != nil || len(left) > 0 {
			return fmt.Errorf("store A's outbox holds %d rows (%v)", len(left), err)
		}
		return nil
	})
	updates := 0
	for _, e := range a.feedEvents(t) {
		if e.Op == content.OpCatalogueUpdate && e.Catalogue.Touches([]string{"fixed"}) {
			updates++
		}
	}
	if updates != 3 {
		t.Errorf("store A's kiosks heard of fixed's price %d times; want 3 (one per head office change)", updates)
	}
}

// gone waits until the store has no product sku.
func (s *shop) gone(t *testing.T, sku string) {
	t.Helper()
	waitFor(t, within, func() error {
		_, err := s.st.ProductBySKU(context.Background(), sku)
		if !errors.Is(err, store.ErrNotFound) {
			return fmt.Errorf("store %s: product %s: err = %v; want ErrNotFound", s.id, sku, err)
		}
		return nil
	})
}

// Head office deletes two products it priced for the chain: the store
// removes the one head office added and keeps the one its staff made
// themselves (same SKU) as its own; its kiosks hear of both.
func TestHeadOfficeProductDeleteReachesStores(t *testing.T) {
	ctx := context.Background()
	c := startCluster(t, 1)
	hq := openOffice(t, t.TempDir(), c.clientURLs())
	a := openShop(t, t.TempDir(), "A", "north", c.leafURLs())
	hq.knows(t, 1)

	honey := content.Product{SKU: "honey", Name: content.Text{"en": "Local honey"}, Price: 900}
	if _, err := a.st.SaveProduct(ctx, honey, true); err != nil {
		t.Fatal(err)
	}
	rice := content.Product{SKU: "rice", Name: content.Text{"en": "Rice 5 kg"}, Price: 500}
	honey.Price = 1000
	hq.saveProduct(t, rice, true)
	hq.saveProduct(t, honey, true)
	a.priced(t, "rice", 500)
	a.priced(t, "honey", 1000)

	for _, sku := range []string{"rice", "honey"} {
		if err := hq.st.DeleteProduct(ctx, sku); err != nil {
			t.Fatal(err)
		}
	}
	a.gone(t, "rice")
	waitFor(t, within, func() error {
		p, err := a.st.ProductBySKU(ctx, "honey")
		if err != nil {
			return fmt.Errorf("store A lost its own honey: %w", err)
		}
		if p.HQPrice != nil {
			return fmt.Errorf("store A's honey still has head office's price %d", *p.HQPrice)
		}
		return nil
	})
	if p, _ := a.st.ProductBySKU(ctx, "honey"); p.Price != 1000 || p.Name.In("en") != "Local honey" {
		t.Errorf("store A's honey = %d %q; want head office's last price 1000 and its own name", p.Price, p.Name.In("en"))
	}
	waitFor(t, within, func() error { // the relay publishes the store's events after its commit
		updates := map[string]int{}
		for _, e := range a.feedEvents(t) {
			for _, sku := range []string{"rice", "honey"} {
				if e.Op == content.OpCatalogueUpdate && e.Catalogue.Touches([]string{sku}) {
					updates[sku]++
				}
			}
		}
		if updates["rice"] != 2 || updates["honey"] != 2 {
			return fmt.Errorf("store A's kiosks heard of rice %d and honey %d times; want 2 each (price, delete)", updates["rice"], updates["honey"])
		}
		return nil
	})
}
