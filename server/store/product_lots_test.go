package store

import (
	"context"
	"reflect"
	"testing"

	"storecast/app/content"
)

func TestFeedLotsReplaceOnlyWhenSent(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	put := func(lots []content.Lot) {
		t.Helper()
		p := content.Product{SKU: "M1", Name: content.Text{"en": "Milk"}, Price: 990, Lots: lots}
		if _, err := s.ImportProducts(ctx, []content.Product{p}, "test"); err != nil {
			t.Fatal(err)
		}
	}
	got := func() []string {
		t.Helper()
		ls, err := s.LotsBestBefore(ctx, "2026-05-01", "2026-05-31")
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range ls {
			out = append(out, l.BestBefore)
		}
		return out
	}
	put([]content.Lot{{BestBefore: "2026-05-09", Quantity: 4}, {BestBefore: "2026-05-03", Quantity: 2}, {BestBefore: "2026-05-04"}, {BestBefore: "2026-06-02", Quantity: 1}})
	if g, want := got(), []string{"2026-05-03", "2026-05-09"}; !reflect.DeepEqual(g, want) {
		t.Errorf("lots = %v; want %v (none of nothing left, none outside)", g, want)
	}
	put(nil)
	if g := got(); len(g) != 2 {
		t.Errorf("lots after a batch without them = %v; want them kept", g)
	}
	put([]content.Lot{})
	if g := got(); len(g) != 0 {
		t.Errorf("lots after an empty list = %v; want none", g)
	}
}
