package form

import (
	"testing"

	"storecast/app/content"
	"storecast/app/i18n"
)

func cents(n int64) *int64 { return &n }

// Head office's console sends what its staff said for every store; a
// store's never sends back what head office sent, and refuses a price of
// its own where head office allows none.
func TestProductDraftChainPrice(t *testing.T) {
	tests := []struct {
		name        string
		product     content.Product
		hq          bool
		price       string
		locked      bool
		sendsFlags  bool
		problem     string
		overridable bool
	}{
		{"head office, overridable", content.Product{SKU: "R", Price: 500, Overridable: true}, true, "5.50", false, true, "", true},
		{"head office, new", content.Product{}, true, "5", false, true, "", false},
		{"standalone", content.Product{SKU: "R", Price: 500}, false, "4.50", false, false, "", false},
		{"store, chain price kept", content.Product{SKU: "R", Price: 500, HQPrice: cents(500)}, false, "5", true, false, "", false},
		{"store, own price refused", content.Product{SKU: "R", Price: 500, HQPrice: cents(500)}, false, "4.50", true, false,
			"price=" + i18n.ConsoleErrHQPrice, false},
		{"store, own price allowed", content.Product{SKU: "R", Price: 500, HQPrice: cents(500), Overridable: true}, false, "4.50", false, false, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewProductDraft(tt.product)
			d.SKU, d.Name, d.Price, d.HQ = "R", [3]string{"", "", "Rice"}, tt.price, tt.hq
			if got := d.PriceLocked(); got != tt.locked {
				t.Errorf("PriceLocked = %v; want %v", got, tt.locked)
			}
			in, ps := d.Input()
			if got := problemIDs(ps); got != tt.problem {
				t.Fatalf("problems = %s; want %s", got, tt.problem)
			}
			if ps != nil {
				return
			}
			if sent := in.Overridable != nil && in.HQPaused != nil; sent != tt.sendsFlags {
				t.Fatalf("sends overridable and hq_paused = %v; want %v", sent, tt.sendsFlags)
			}
			if tt.sendsFlags && *in.Overridable != tt.overridable {
				t.Errorf("overridable = %v; want %v", *in.Overridable, tt.overridable)
			}
		})
	}
}

func TestPriceFrom(t *testing.T) {
	tests := []struct {
		p    content.Product
		want PriceSource
	}{
		{content.Product{Price: 500}, PriceStore},
		{content.Product{Price: 500, HQPrice: cents(500)}, PriceChain},
		{content.Product{Price: 450, HQPrice: cents(500), Overridable: true}, PriceOwn},
	}
	for _, tt := range tests {
		if got := PriceFrom(tt.p); got != tt.want {
			t.Errorf("PriceFrom(price %d, hq %v) = %d; want %d", tt.p.Price, tt.p.HQPrice, got, tt.want)
		}
	}
}
