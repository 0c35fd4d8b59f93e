package phone

import (
	"context"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
)

// TestProductPage renders a product's page in two languages against
// golden pages: its price and unit, its aisle, and "the same price online"
// only while the online price is current and equal; an unknown SKU is a
// 404 page saying so.
func TestProductPage(t *testing.T) {
	e := newEnv(t)
	price, online := int64(1590), int64(1590)
	if _, err := e.store.ImportProducts(context.Background(), []content.Product{{
		SKU: "SC-1008", Name: content.Text{"en": "Organic milk 1 l", "zh-Hans": "有机牛奶 1升"}, Price: price,
		Unit: "l", Aisle: "3", OnlinePrice: &online,
	}}, "test"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		at         time.Time
		status     int
		want, not  []string
	}{
		{"same.en", "/p/SC-1008?lang=en", issuedAt, 200, []string{"Organic milk 1 l", "¥15.90", "per l", "Aisle 3", "The same price online and in store"}, nil},
		{"stale.zh-Hans", "/p/SC-1008?lang=zh-Hans", issuedAt.Add(25 * time.Hour), 200, []string{"有机牛奶 1升", "¥15.90"}, []string{"线上线下同价"}},
		{"unknown.en", "/p/NOPE?lang=en", issuedAt, 404, []string{"We do not know this product"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.now = tt.at
			res, body := e.get(t, tt.path)
			if res.StatusCode != tt.status {
				t.Fatalf("GET %s = %d; want %d", tt.path, res.StatusCode, tt.status)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("the page lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(body, n) {
					t.Errorf("the page says %q", n)
				}
			}
			if strings.Contains(body, "<script") {
				t.Error("the product page has a script; it needs none")
			}
			checkPage(t, body)
			golden(t, "product."+tt.name+".html", body)
		})
	}
}
