package api

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/coupon"
	"storecast/server/store"
)

// fakeHQ is head office as the till sees it through ChainCoupons: one
// coupon book, and a switch for its link. (server/chain tests the real
// one across NATS.)
type fakeHQ struct {
	mu      sync.Mutex
	down    bool
	codec   *coupon.Codec
	coupons map[string]content.Coupon
}

var errFakeDown = errors.New("fake head office: down")

func (f *fakeHQ) Unreachable(err error) bool { return errors.Is(err, errFakeDown) }

func (f *fakeHQ) Claim(_ context.Context, campaign, _ string) (content.Coupon, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return content.Coupon{}, errFakeDown
	}
	cp := content.Coupon{Code: f.codec.Code(uint32(len(f.coupons) + 1)), Campaign: campaign,
		Status: content.CouponIssued, ExpiresAt: time.Now().Add(time.Hour)}
	f.coupons[cp.Code] = cp
	return cp, nil
}

func (f *fakeHQ) Coupon(_ context.Context, code string) (content.Coupon, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return content.Coupon{}, errFakeDown
	}
	cp, ok := f.coupons[code]
	if !ok {
		return cp, store.ErrNotFound
	}
	return cp, nil
}

func (f *fakeHQ) Redeem(_ context.Context, code, _ string) (content.Coupon, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return content.Coupon{}, false, errFakeDown
	}
	cp, ok := f.coupons[code]
	if !ok {
		return cp, false, store.ErrNotFound
	}
	if cp.Status != content.CouponIssued {
		return cp, false, nil
	}
	cp.Status = content.CouponRedeemed
	f.coupons[code] = cp
	return cp, true, nil
}

func (f *fakeHQ) setDown(down bool) {
	f.mu.Lock()
	f.down = down
	f.mu.Unlock()
}

// A kiosk's claim of a chain campaign is head office's, and so is a chain
// code at the till and on the phone; with head office unreachable the
// till says so (and redeems nothing) and the phone's page is a 503.
func TestChainCouponsGoToHeadOffice(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	codec, err := coupon.NewChainCodec([]byte("api-test-chain-secret-0123456789"))
	if err != nil {
		t.Fatal(err)
	}
	hq := &fakeHQ{codec: codec, coupons: map[string]content.Coupon{}}

	// A chain campaign as head office sent it: the store holds it read-only.
	e.store.SetChainRole(store.Member)
	camp := content.Campaign{ID: store.NewID(), Title: content.Text{"en": "Chain week"}, Quantity: 10, PerDevice: 5,
		WindowMinutes: 60, CouponMinutes: 60, Status: content.CampaignLive}
	if _, err := e.store.ApplyHQ(ctx, "hq", 1, content.Event{Op: content.OpCampaignUpsert, Campaign: &camp}, true); err != nil {
		t.Fatal(err)
	}
	if status, out := e.claim(t, camp.ID, install); status != http.StatusUnprocessableEntity {
		t.Errorf("claim of a chain campaign outside a chain = %d %s; want 422 (no such offer)", status, out)
	}
	e.api.chain = hq
	status, out := e.claim(t, camp.ID, install)
	if status != http.StatusCreated || !strings.Contains(string(out["coupon"]), `"code":"CH-`) {
		t.Fatalf("claim of a chain campaign = %d %s; want 201 with a CH- code", status, out)
	}
	var code string
	for c := range hq.coupons {
		code = c
	}

	e.addUser(t, "cal", "cashier")
	till := e.signIn(t, "cal")
	redeem := func(typed string) string {
		t.Helper()
		status, b := till.send(t, e, "POST", "/api/v1/redemptions", `{"code":"`+typed+`"}`, true)
		if status != http.StatusOK {
			t.Fatalf("redemption = %d %s", status, b)
		}
		return b
	}
	hq.setDown(true)
	if b := redeem(code); !strings.Contains(b, `"outcome":"hq_unreachable"`) {
		t.Errorf("a chain code with head office down = %s; want hq_unreachable", b)
	}
	if status, b := e.do(t, "GET", "/api/v1/coupons/"+code, "", ""); status != http.StatusServiceUnavailable {
		t.Errorf("the phone's page with head office down = %d %s; want 503", status, b)
	}
	if status, _ := e.claim(t, camp.ID, install); status != http.StatusServiceUnavailable {
		t.Errorf("a claim with head office down = %d; want 503", status)
	}
	hq.setDown(false)
	for i, want := range []string{"redeemed", "already_redeemed"} {
		if b := redeem(strings.ToLower(code)); !strings.Contains(b, `"outcome":"`+want+`"`) {
			t.Errorf("try %d at the chain code = %s; want %s", i+1, b, want)
		}
	}
	if b := redeem("CH-0000-0000-0000"); !strings.Contains(b, `"outcome":"invalid"`) {
		t.Errorf("an unknown chain code = %s; want invalid", b)
	}
}
