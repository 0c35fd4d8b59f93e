package api

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/hub"
	"storecast/server/store"
)

// In a store of a chain, staff may price a product themselves only where
// head office allows it: elsewhere the API says why, with head office's
// price, and nothing changes.
func TestStoreOwnPriceWhereHeadOfficeAllowsIt(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.store.SetChainRole(store.Member)
	hq := content.Event{Op: content.OpChainPrices, Prices: []content.ChainPrice{
		{Product: content.Product{SKU: "RICE", Name: content.Text{"en": "Rice"}, Price: 500}},
		{Product: content.Product{SKU: "APPLE", Name: content.Text{"en": "Apples"}, Price: 300}, Overridable: true},
	}}
	if _, err := e.store.ApplyHQ(ctx, "hq", 1, hq, true); err != nil {
		t.Fatal(err)
	}

	code, body := e.do(t, "PUT", "/api/v1/products/RICE", `{"name":{"en":"Rice"},"price":450}`)
	var refused rest.ErrorBody
	json.Unmarshal([]byte(body), &refused)
	if code != 409 || refused.Error.Code != "hq_price" || refused.Error.Field != "price" {
		t.Errorf("own price where head office allows none = %d %s; want 409 hq_price on price", code, body)
	}
	var p content.Product
	json.Unmarshal([]byte(e.call(t, 200, "PUT", "/api/v1/products/APPLE", `{"name":{"en":"Apples"},"price":250}`)), &p)
	if p.Price != 250 || p.HQPrice == nil || *p.HQPrice != 300 || !p.Overridable {
		t.Errorf("own price where allowed = %+v; want price 250, head office's 300, overridable", p)
	}
	rice, err := e.store.ProductBySKU(ctx, "RICE")
	if err != nil {
		t.Fatal(err)
	}
	if rice.Price != 500 {
		t.Errorf("after the refusal RICE costs %d; want head office's 500", rice.Price)
	}
	h, err := e.store.PriceHistory(ctx, "RICE", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 1 || h[0].Source != store.SourceHQ || h[0].New != 500 {
		t.Errorf("RICE's price history = %+v; want one change to 500 from %q", h, store.SourceHQ)
	}
}

// At head office an edit that leaves out overridable and hq_paused (the
// console's) keeps them; one that gives them changes them.
func TestHeadOfficeProductFlagsKeptWhenLeftOut(t *testing.T) {
	e := newEnv(t)
	e.store.SetChainRole(store.HeadOffice)
	e.call(t, 201, "POST", "/api/v1/products", `{"sku":"RICE","name":{"en":"Rice"},"price":500,"overridable":true,"hq_paused":true}`)
	for _, tt := range []struct {
		body                string
		overridable, paused bool
	}{
		{`{"name":{"en":"Rice"},"price":550}`, true, true},
		{`{"name":{"en":"Rice"},"price":550,"hq_paused":false}`, true, false},
		{`{"name":{"en":"Rice"},"price":550,"overridable":false}`, false, false},
	} {
		var p content.Product
		json.Unmarshal([]byte(e.call(t, 200, "PUT", "/api/v1/products/RICE", tt.body)), &p)
		if p.Overridable != tt.overridable || p.HQPaused != tt.paused {
			t.Errorf("PUT %s: got overridable %v, hq_paused %v; want %v, %v", tt.body, p.Overridable, p.HQPaused, tt.overridable, tt.paused)
		}
	}
}

// Head office deleting a product through the API sends the delete to the
// stores; a store applying it drops head office's product from its list.
func TestHeadOfficeProductDeleteThroughTheAPI(t *testing.T) {
	hq := newEnv(t)
	hq.store.SetChainRole(store.HeadOffice)
	// What the outbox relays on the chain's stream, as head office's
	// link to the stores would carry it (the test's relay takes every
	// row, so the outbox itself is empty again at once).
	var mu sync.Mutex
	var sent []content.Event
	defer hq.broker.Subscribe(store.StreamChain, func(m hub.Message) {
		var it content.ChainItem
		if json.Unmarshal(m.Data, &it) == nil {
			mu.Lock()
			sent = append(sent, it.Event)
			mu.Unlock()
		}
	})()
	hq.call(t, 201, "POST", "/api/v1/products", `{"sku":"RICE","name":{"en":"Rice"},"price":500}`)
	hq.call(t, 204, "DELETE", "/api/v1/products/RICE", "")
	hq.published(t)
	mu.Lock()
	defer mu.Unlock()
	if len(sent) != 2 || sent[1].Op != content.OpChainProductDelete || sent[1].ID != "RICE" {
		t.Fatalf("head office sent the stores %+v; want its price, then the delete of RICE", sent)
	}

	shop := newEnv(t)
	shop.store.SetChainRole(store.Member)
	ctx := context.Background()
	for i, e := range sent {
		if _, err := shop.store.ApplyHQ(ctx, "hq", int64(i+1), e, true); err != nil {
			t.Fatal(err)
		}
	}
	var list content.ProductList
	json.Unmarshal([]byte(shop.call(t, 200, "GET", "/api/v1/products", "")), &list)
	if list.Total != 0 {
		t.Errorf("the store lists %d products after head office's delete; want 0", list.Total)
	}
}
