package markdown

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/store"
)

func TestSuggestionsFromTheFeedsLots(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "storecast.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	lots := []content.Lot{{BestBefore: "2026-05-05", Quantity: 2}, {BestBefore: "2026-05-07", Quantity: 5}, {BestBefore: "2026-05-20", Quantity: 9}}
	p := content.Product{SKU: "M1", Name: content.Text{"en": "Milk"}, Price: 1000, Lots: lots}
	if _, err := st.ImportProducts(ctx, []content.Product{p}, "test"); err != nil {
		t.Fatal(err)
	}
	sh, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	got, err := DefaultRule.Suggestions(ctx, st, time.Date(2026, 5, 4, 17, 0, 0, 0, time.UTC), sh) // 5 May, 01:00 there
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Price != 500 || got[1].Price != 700 || got[0].Name["en"] != "Milk" || got[1].Quantity != 5 {
		t.Errorf("suggestions = %+v; want milk of the 5th at 5.00 and of the 7th at 7.00", got)
	}
}
