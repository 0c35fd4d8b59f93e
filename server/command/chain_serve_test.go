package command

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/bus/bustest"
)

// `storecast serve --role hq` and `storecast serve --hq URL` make a chain:
// head office lists the store, its promotion reaches the store, where it
// is read-only, and the store says its uplink is up.
func TestServeRunsAChain(t *testing.T) {
	node := bustest.HQNode(t)
	hq := startServer(t, t.TempDir(), "--role", "hq", "--nats", node.ClientURL(), "--replicas", "1")
	shop := startServer(t, t.TempDir(), "--hq", node.LeafURL(), "--store-name", "Riverside", "--region", "north")
	c := &http.Client{Timeout: 10 * time.Second}

	var stores rest.ChainStoreList
	waitFor(t, 30*time.Second, 50*time.Millisecond, "head office lists the store", func() bool {
		status, body := loadCall(c, hq, hq.Token, "GET", "/api/v1/chain/stores", "")
		return status == 200 && json.Unmarshal(body, &stores) == nil && len(stores.Stores) == 1
	})
	if s := stores.Stores[0]; s.Name != "Riverside" || s.Region != "north" || !s.Connected || s.Version != Version {
		t.Errorf("head office lists %+v; want Riverside, north, connected, version %s", s, Version)
	}

	status, body := loadCall(c, hq, hq.Token, "POST", "/api/v1/promotions", `{"title":{"en":"Chain week"},"price":990}`)
	var p content.Promotion
	if status != http.StatusCreated || json.Unmarshal(body, &p) != nil {
		t.Fatalf("head office's promotion = %d %s", status, body)
	}
	waitFor(t, 30*time.Second, 50*time.Millisecond, "the promotion reaches the store", func() bool {
		status, _ := loadCall(c, shop, shop.Token, "GET", "/api/v1/promotions/"+p.ID, "")
		return status == http.StatusOK
	})
	if status, body := loadCall(c, shop, shop.Token, "PUT", "/api/v1/promotions/"+p.ID, `{"title":{"en":"Mine"},"price":1}`); status != http.StatusConflict {
		t.Errorf("the store changing head office's promotion = %d %s; want 409", status, body)
	}
	var info rest.ChainInfo
	if _, body := loadCall(c, shop, shop.Token, "GET", "/api/v1/chain", ""); json.Unmarshal(body, &info) != nil || info.Role != "member" || info.Uplink == nil || !*info.Uplink {
		t.Errorf("the store's chain info = %s; want member, uplink up", body)
	}

	// A chain campaign: the store's kiosk claims a CH- coupon from head
	// office, the phone's page shows it, and the store's till redeems it
	// there, once.
	status, body = loadCall(c, hq, hq.Token, "POST", "/api/v1/campaigns", `{"title":{"en":"Chain week"},"quantity":10,"per_device":5,"window_minutes":60,"coupon_minutes":60,"status":"live"}`)
	var camp content.Campaign
	if status != http.StatusCreated || json.Unmarshal(body, &camp) != nil {
		t.Fatalf("head office's campaign = %d %s", status, body)
	}
	var claimed rest.Claimed
	waitFor(t, 30*time.Second, 50*time.Millisecond, "a kiosk claims the chain coupon", func() bool {
		status, body = loadCall(c, shop, "", "POST", "/api/v1/kiosk/claims", `{"campaign":"`+camp.ID+`","install":"k-0123456789abcdef"}`)
		return status == http.StatusCreated && json.Unmarshal(body, &claimed) == nil
	})
	if !strings.HasPrefix(claimed.Coupon.Code, "CH-") {
		t.Fatalf("the kiosk's coupon = %+v; want a CH- code", claimed.Coupon)
	}
	if status, body := loadCall(c, shop, shop.Token, "GET", "/c/"+claimed.Coupon.Code+"?lang=en", ""); status != http.StatusOK || !strings.Contains(string(body), claimed.Coupon.Code) {
		t.Errorf("the phone's page at the store = %d; want 200 naming %s", status, claimed.Coupon.Code)
	}
	for _, want := range []string{"redeemed", "already_redeemed"} {
		_, body := loadCall(c, shop, shop.Token, "POST", "/api/v1/redemptions", `{"code":"`+claimed.Coupon.Code+`"}`)
		if !strings.Contains(string(body), `"outcome":"`+want+`"`) {
			t.Errorf("the store's till = %s; want %s", body, want)
		}
	}

	var list rest.PromotionList
	if _, body := loadCall(c, hq, hq.Token, "GET", "/api/v1/promotions", ""); json.Unmarshal(body, &list) != nil || len(list.Promotions) != 1 {
		t.Errorf("head office holds %s; want only its one promotion (no demo: it would go to every store)", body)
	}
}
