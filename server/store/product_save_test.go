package store

import (
	"context"
	"testing"

	"storecast/app/content"
)

func TestSaveProductRecordsPriceHistory(t *testing.T) {
	ctx := WithActor(context.Background(), "ada")
	s, _ := openTemp(t)
	p := content.Product{SKU: "H1", Name: content.Text{"en": "Salt"}, Price: 100}
	if _, err := s.SaveProduct(ctx, p, true); err != nil {
		t.Fatal(err)
	}
	p.Name = content.Text{"en": "Sea salt"} // a name change alone is no price change
	if _, err := s.SaveProduct(ctx, p, false); err != nil {
		t.Fatal(err)
	}
	p.Price = 120
	if _, err := s.SaveProduct(ctx, p, false); err != nil {
		t.Fatal(err)
	}
	got, err := s.PriceHistory(ctx, "H1", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d price changes; want 2: %+v", len(got), got)
	}
	last, first := got[0], got[1]
	if last.Old == nil || *last.Old != 100 || last.New != 120 || last.Channel != ChannelInStore ||
		last.Actor != "ada" || last.Source != SourceConsole {
		t.Errorf("got last change %+v (old %v); want in_store 100→120 by ada through console", last, last.Old)
	}
	if first.Old != nil || first.New != 100 || first.Source != SourceConsole {
		t.Errorf("got first change %+v; want the first price 100 through console", first)
	}
}
