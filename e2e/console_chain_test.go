package e2e

import (
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/e2e/harness"
	"storecast/server/bus/bustest"
)

// A chain in real Chromium: the store's console shows its id and that
// head office is reachable, marks head office's offer, campaign and
// playlist and offers no Edit or Delete for them, shows head office's
// points rules read-only; head office's console lists the store under
// Stores. Head office's product editor has its two choices for every
// store; the store's shows head office's price read-only where it allows
// no own price, and the product goes from the store when head office
// deletes it.
func TestConsoleInAChain(t *testing.T) {
	t.Parallel()
	node := bustest.HQNode(t)
	hq := kit.Server(t, harness.Options{Args: []string{"--role", "hq", "--nats", node.ClientURL(), "--replicas", "1"}})
	shop := kit.Server(t, harness.Options{Args: []string{"--hq", node.LeafURL(), "--store-name", "Riverside", "--region", "north"}})

	var p content.Promotion
	if code := hq.API(t, http.MethodPost, "/api/v1/promotions", map[string]any{"title": map[string]string{"en": "Chain week"}, "price": 990}, &p); code != http.StatusCreated {
		t.Fatalf("head office's promotion = %d", code)
	}
	var pl content.Playlist
	if code := hq.API(t, http.MethodPost, "/api/v1/playlists", map[string]any{"name": "Chain spring", "layout": "full",
		"slides": []map[string]any{{"id": "c", "kind": "clock", "seconds": 8}}}, &pl); code != http.StatusCreated {
		t.Fatalf("head office's playlist = %d", code)
	}
	var c content.Campaign
	if code := hq.API(t, http.MethodPost, "/api/v1/campaigns", map[string]any{"title": map[string]string{"en": "Chain coupons"},
		"quantity": 50, "per_device": 1, "window_minutes": 2, "coupon_minutes": 60, "status": "live"}, &c); code != http.StatusCreated {
		t.Fatalf("head office's campaign = %d", code)
	}

	for _, p := range []map[string]any{
		{"sku": "RICE", "name": map[string]string{"en": "Rice"}, "price": 500, "hq_paused": true},
		{"sku": "TEA", "name": map[string]string{"en": "Tea"}, "price": 300, "overridable": true},
	} {
		if code := hq.API(t, http.MethodPost, "/api/v1/products", p, nil); code != http.StatusCreated {
			t.Fatalf("head office's product %s = %d", p["sku"], code)
		}
	}

	addStaff(t, shop, "manager", "shop-pass-123", "editor")
	console := kit.Tab(t, 1280, 900)
	consoleSignIn(t, console, shop.URL, "manager", "shop-pass-123")
	waitJS(t, console, `/^Store \S+/.test(document.querySelector(".cs-chain-store")?.textContent ?? "") &&
		document.querySelector(".cs-chain.is-up .cs-chain-link")?.textContent === "Head office: connected"`)
	if n := eval[int](t, console, `document.querySelectorAll('.cs-nav a[href="/console/stores"]').length`); n != 0 {
		t.Errorf("a store's menu has %d Stores links; want none", n)
	}
	card := fmt.Sprintf(`document.querySelector('.cs-promo-card[data-id=%q]')`, p.ID)
	consoleGo(t, console, "/console/promotions", card+`?.querySelector(".cs-from-hq")?.textContent === "From head office"`)
	if n := eval[int](t, console, card+`.querySelectorAll("button").length`); n != 0 {
		t.Errorf("head office's offer has %d buttons in the store; want none", n)
	}
	card = fmt.Sprintf(`document.querySelector('.cs-campaign-card[data-id=%q]')`, c.ID)
	consoleGo(t, console, "/console/coupons", card+`?.querySelector(".cs-from-hq")?.textContent === "From head office"`)
	if n := eval[int](t, console, card+`.querySelectorAll("button").length`); n != 0 {
		t.Errorf("head office's campaign has %d buttons in the store; want none", n)
	}
	card = fmt.Sprintf(`document.querySelector('.cs-sg-playlist[data-id=%q]')`, pl.ID)
	consoleGo(t, console, "/console/signage", card+`?.querySelector(".cs-from-hq")?.textContent === "From head office"`)
	if got := eval[string](t, console, `[...`+card+`.querySelectorAll("button")].map(b => b.textContent).join("|")`); got != "Make default" {
		t.Errorf("head office's playlist has buttons %q in the store; want only Make default", got)
	}

	shopHas(t, shop, "RICE", true)
	shopHas(t, shop, "TEA", true)
	consoleGo(t, console, "/console/products", `document.querySelector('.cs-product-card[data-sku="TEA"]')`)
	if got := eval[string](t, console, `[...document.querySelectorAll('.cs-product-card:is([data-sku="RICE"], [data-sku="TEA"])')].map(c =>
		c.dataset.sku + ": " + [...c.querySelectorAll(".cs-chain-tags .cs-role")].map(r => r.textContent).join(", ")).join("; ")`); got != "RICE: Chain price, Paused by head office; TEA: Chain price" {
		t.Errorf("the store's product list says %q", got)
	}
	eval[bool](t, console, `(document.querySelector('.cs-product-card[data-sku="RICE"] .cs-btn').click(), true)`)
	waitJS(t, console, `document.querySelector("#product-price")?.readOnly === true &&
		document.querySelector("#product-chain")?.textContent.includes("Chain price: ¥5.00")`)
	checkConsoleView(t, console, "a store's editor of head office's product")

	// The earning rules are head office's: shown, not offered for change.
	if code := hq.API(t, http.MethodPut, "/api/v1/points/rules", map[string]any{"points_per_yuan": 3, "expiry_days": 365}, nil); code != http.StatusOK {
		t.Fatalf("head office's points rules = %d", code)
	}
	consoleGo(t, console, "/console/points", `document.querySelector("#rules-summary dd")?.textContent === "3"`)
	if got := eval[string](t, console, `document.querySelector(".cs-pt-rules .cs-from-hq")?.textContent`); got != "This store is part of a chain: the earning rules are set at head office." {
		t.Errorf("the store's rules say %q; want head office's reason", got)
	}
	if eval[bool](t, console, `!!document.querySelector("#rules")`) {
		t.Error("a chain store offers a form for head office's rules")
	}
	checkConsoleView(t, console, "points rules in a chain store")

	addStaff(t, hq, "office", "office-pass-123", "editor")
	office := kit.Tab(t, 1280, 900)
	consoleSignIn(t, office, hq.URL, "office", "office-pass-123")
	waitJS(t, office, `!!document.querySelector('.cs-nav a[href="/console/stores"]')`)
	if n := eval[int](t, office, `document.querySelectorAll(".cs-chain").length`); n != 0 {
		t.Errorf("head office's bar has %d store badges; want none", n)
	}
	consoleGo(t, office, "/console/stores", `[...document.querySelectorAll(".cs-store")].some(c =>
		c.querySelector(".cs-card-title")?.textContent === "Riverside" &&
		c.querySelector(".cs-state")?.textContent === "Connected" &&
		c.textContent.includes("north"))`)
	consoleGo(t, office, "/console/products", `document.querySelector('.cs-product-card[data-sku="TEA"]')`)
	eval[bool](t, office, `(document.querySelector('.cs-product-card[data-sku="TEA"] .cs-btn').click(), true)`)
	waitJS(t, office, `document.querySelector("#product-overridable")?.checked === true &&
		document.querySelector("#product-hq_paused")?.checked === false && !document.querySelector("#product-price").readOnly`)
	checkConsoleView(t, office, "head office's product editor")
	if *updateScreenshots {
		consoleShots(t, office, "product-edit-hq", `document.querySelector("#product-overridable")`)
	}

	if code := hq.API(t, http.MethodDelete, "/api/v1/products/RICE", nil, nil); code != http.StatusNoContent {
		t.Fatalf("head office's delete = %d", code)
	}
	shopHas(t, shop, "RICE", false)
	shopHas(t, shop, "TEA", true)
}

// shopHas waits until the store's products include sku, or do not.
func shopHas(t *testing.T, shop *harness.Server, sku string, want bool) {
	t.Helper()
	harness.CheckFor(t, 10*time.Second, 50*time.Millisecond, func() error {
		var list content.ProductList
		shop.API(t, http.MethodGet, "/api/v1/products?limit=100", nil, &list)
		got := slices.ContainsFunc(list.Products, func(p content.Product) bool { return p.SKU == sku })
		if got != want {
			return fmt.Errorf("the store has %s: %v; want %v", sku, got, want)
		}
		return nil
	})
}
