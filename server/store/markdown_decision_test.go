package store

import (
	"context"
	"errors"
	"testing"

	"storecast/app/content"
)

func TestMarkdownDecisions(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	lots := []content.Lot{{BestBefore: "2026-05-03", Quantity: 2}, {BestBefore: "2026-05-04", Quantity: 1}}
	if _, err := s.ImportProducts(ctx, []content.Product{{SKU: "M1", Name: content.Text{"en": "Milk"}, Price: 990, Lots: lots}}, "test"); err != nil {
		t.Fatal(err)
	}
	offer := content.Promotion{Title: content.Text{"en": "Milk"}, Price: 490, WasPrice: 990, Products: []string{"M1"}}
	first, err := s.ApproveMarkdown(ctx, "M1", "2026-05-03", offer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApproveMarkdown(ctx, "M1", "2026-05-03", offer); !errors.Is(err, ErrDecided) {
		t.Errorf("a second approval = %v; want ErrDecided", err)
	}
	if got, err := s.MarkdownOffer(ctx, "M1", "2026-05-03"); err != nil || got.ID != first.ID {
		t.Errorf("offer = %+v, %v; want the first approval's %s", got, err, first.ID)
	}
	if ps, _ := s.Promotions(ctx); len(ps) != 1 {
		t.Errorf("%d promotions; want 1", len(ps))
	}
	for range 2 {
		if err := s.DismissMarkdown(ctx, "M1", "2026-05-04"); err != nil {
			t.Errorf("dismiss = %v; want nil, also the second time", err)
		}
	}
	if err := s.DismissMarkdown(ctx, "M1", "2026-05-05"); !errors.Is(err, ErrNotFound) {
		t.Errorf("dismiss of no lot = %v; want ErrNotFound", err)
	}
	if _, err := s.MarkdownOffer(ctx, "M1", "2026-05-04"); !errors.Is(err, ErrNotFound) {
		t.Errorf("offer of a dismissed lot = %v; want ErrNotFound", err)
	}
	if ls, err := s.LotsBestBefore(ctx, "2026-05-01", "2026-05-31"); err != nil || len(ls) != 0 {
		t.Errorf("lots = %+v, %v; want none undecided", ls, err)
	}
}
