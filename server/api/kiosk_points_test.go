package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/coupon"
	"storecast/server/store"
)

// pointsItem adds a catalogue item for campaign at price and returns its
// id.
func (e *env) pointsItem(t *testing.T, campaign string, price int) string {
	t.Helper()
	return e.created(t, "/api/v1/points/items", `{"campaign":"`+campaign+`","price":`+itoa(price)+`}`)
}

// rich joins a member who earned 200 points and returns their code.
func (e *env) rich(t *testing.T) string {
	t.Helper()
	code := e.member(t)
	in := rest.PointsEarnInput{MemberCode: code, ReceiptID: "R-" + code[:12], AmountFen: 10000}
	if _, err := e.points.Earn(context.Background(), "pos-1", in); err != nil {
		t.Fatal(err)
	}
	return code
}

func (e *env) exchange(t *testing.T, member, item, id string) (int, string) {
	t.Helper()
	return e.do(t, "POST", "/api/v1/kiosk/points/exchanges",
		`{"member_code":"`+member+`","item":"`+item+`","exchange_id":"`+id+`","install":"`+install+`"}`, "")
}

func (e *env) kioskBalance(t *testing.T, member string) rest.KioskMember {
	t.Helper()
	var m rest.KioskMember
	json.Unmarshal([]byte(e.call(t, http.StatusOK, "GET", "/api/v1/kiosk/points/members/"+member+"?install="+install, "", "")), &m)
	return m
}

// An editor's catalogue, a member's lookup at the kiosk and an exchange,
// retried: one spend, one coupon.
func TestPointsExchange(t *testing.T) {
	e := newEnv(t)
	e.call(t, http.StatusOK, "PUT", "/api/v1/points/rules", samplePointsRules)
	cheap := e.pointsItem(t, e.campaign(t, 5, 5), 150)
	dear := e.pointsItem(t, e.campaign(t, 5, 5), 500)
	golden(t, "points_items", e.call(t, http.StatusOK, "GET", "/api/v1/points/items", ""))
	member := e.rich(t)

	looked := e.call(t, http.StatusOK, "GET", "/api/v1/kiosk/points/members/"+member+"?install="+install, "", "")
	golden(t, "kiosk_member", looked)
	var m rest.KioskMember
	json.Unmarshal([]byte(looked), &m)
	if m.Balance != 200 || len(m.Items) != 2 || !m.Items[0].Affordable || m.Items[1].Affordable {
		t.Fatalf("lookup = %+v; want 200 points, the 150 item affordable and the 500 one not", m)
	}

	code, first := e.exchange(t, member, cheap, "X-1")
	if code != http.StatusCreated {
		t.Fatalf("exchange = %d %s; want 201", code, first)
	}
	golden(t, "points_exchanged", first)
	code, again := e.exchange(t, member, cheap, "X-1")
	if code != http.StatusOK || again != first {
		t.Fatalf("retried exchange = %d %s; want 200 and the first coupon %s", code, again, first)
	}
	if got := e.kioskBalance(t, member).Balance; got != 50 {
		t.Errorf("balance after one exchange, retried = %d; want 50", got)
	}
	if code, b := e.exchange(t, member, dear, "X-2"); code != http.StatusConflict || !strings.Contains(b, "insufficient") {
		t.Errorf("exchange beyond the balance = %d %s; want 409 insufficient", code, b)
	}
	// A campaign paused is no item for the kiosk, though still the editor's.
	paused := e.campaign(t, 5, 5)
	e.pointsItem(t, paused, 10)
	e.call(t, http.StatusOK, "PUT", "/api/v1/campaigns/"+paused, `{"title":{"en":"Paused"},"quantity":5,"per_device":5,"window_minutes":60,"coupon_minutes":60,"status":"paused"}`)
	if got := len(e.kioskBalance(t, member).Items); got != 2 {
		t.Errorf("the kiosk offers %d items; want 2 (not the paused campaign's)", got)
	}
	if code, b := e.exchange(t, member, "nope", "X-3"); code != http.StatusUnprocessableEntity || !strings.Contains(b, "item") {
		t.Errorf("exchange of no item = %d %s; want 422 on item", code, b)
	}
	if code, b := e.exchange(t, "PTAAAA", cheap, "X-4"); code != http.StatusUnprocessableEntity {
		t.Errorf("exchange with a bad code = %d %s; want 422", code, b)
	}
	if code, b := e.do(t, "GET", "/api/v1/kiosk/points/members/"+member, "", ""); code != http.StatusUnprocessableEntity {
		t.Errorf("lookup with no install or device = %d %s; want 422", code, b)
	}
}

// A claim that fails after the spend gives the points back, and a retry
// of that exchange stays refused: never points gone without a coupon.
func TestPointsExchangeSoldOutRefunds(t *testing.T) {
	e := newEnv(t)
	e.call(t, http.StatusOK, "PUT", "/api/v1/points/rules", samplePointsRules)
	item := e.pointsItem(t, e.campaign(t, 1, 5), 100)
	a, b := e.rich(t), e.rich(t)
	if code, body := e.exchange(t, a, item, "X-1"); code != http.StatusCreated {
		t.Fatalf("first exchange = %d %s", code, body)
	}
	for _, want := range []string{"sold_out", "refunded"} { // then its retry
		if code, body := e.exchange(t, b, item, "X-2"); code != http.StatusConflict || !strings.Contains(body, want) {
			t.Errorf("exchange of a sold-out item = %d %s; want 409 %s", code, body, want)
		}
		if got := e.kioskBalance(t, b).Balance; got != 200 {
			t.Errorf("balance after a sold-out exchange = %d; want 200 (refunded)", got)
		}
	}
}

// Editors change and remove items; a bad campaign or price is refused.
func TestPointsItemsEdit(t *testing.T) {
	e := newEnv(t)
	campaign := e.campaign(t, 5, 1)
	id := e.pointsItem(t, campaign, 100)
	golden(t, "points_item", e.call(t, http.StatusOK, "PUT", "/api/v1/points/items/"+id, `{"campaign":"`+campaign+`","price":120}`))
	for _, body := range []string{`{"campaign":"nope","price":1}`, `{"campaign":"` + campaign + `","price":0}`} {
		e.call(t, http.StatusUnprocessableEntity, "POST", "/api/v1/points/items", body)
	}
	e.call(t, http.StatusNotFound, "PUT", "/api/v1/points/items/nope", `{"campaign":"`+campaign+`","price":1}`)
	e.call(t, http.StatusNoContent, "DELETE", "/api/v1/points/items/"+id, "")
	e.call(t, http.StatusNotFound, "DELETE", "/api/v1/points/items/"+id, "")
	if got := strings.TrimSpace(e.call(t, http.StatusOK, "GET", "/api/v1/points/items", "")); got != `{"items":[]}` {
		t.Errorf("catalogue = %s; want none", got)
	}
}

// An exchange for a chain campaign claims at head office; with head
// office away after the spend, the spend is reversed and the kiosk told
// 503, and the same exchange id tried again stays refunded.
func TestPointsExchangeChainCampaign(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.call(t, http.StatusOK, "PUT", "/api/v1/points/rules", samplePointsRules)
	codec, err := coupon.NewChainCodec([]byte("api-test-chain-secret-0123456789"))
	if err != nil {
		t.Fatal(err)
	}
	hq := &fakeHQ{codec: codec, coupons: map[string]content.Coupon{}}
	camp := content.Campaign{ID: store.NewID(), Title: content.Text{"en": "Chain week"}, Quantity: 10, PerDevice: 5,
		WindowMinutes: 60, CouponMinutes: 60, Status: content.CampaignLive}
	item := e.pointsItem(t, e.campaign(t, 5, 5), 100) // made before the store joins: then it is read-only
	e.store.SetChainRole(store.Member)
	if _, err := e.store.ApplyHQ(ctx, "hq", 1, content.Event{Op: content.OpCampaignUpsert, Campaign: &camp}, true); err != nil {
		t.Fatal(err)
	}
	if _, err := e.store.SavePointsItem(ctx, item, rest.PointsItemInput{Campaign: camp.ID, Price: 100}); err != nil {
		t.Fatal(err)
	}
	e.api.chain = hq
	member := e.rich(t)

	code, b := e.exchange(t, member, item, "X-1")
	if code != http.StatusCreated || !strings.Contains(b, `"code":"CH-`) {
		t.Fatalf("exchange for a chain campaign = %d %s; want 201 with a CH- code", code, b)
	}
	hq.setDown(true)
	for _, want := range []int{http.StatusServiceUnavailable, http.StatusConflict} { // then its retry: refunded
		if code, b := e.exchange(t, member, item, "X-2"); code != want {
			t.Errorf("exchange with head office away = %d %s; want %d", code, b, want)
		}
	}
	if got := e.kioskBalance(t, member).Balance; got != 100 {
		t.Errorf("balance after one exchange and one refused = %d; want 100", got)
	}
}

// A paired kiosk is known by its device token, as in a claim: the spend
// names the screen as its issuer; a revoked token is refused.
func TestPointsExchangeByDeviceToken(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.call(t, http.StatusOK, "PUT", "/api/v1/points/rules", samplePointsRules)
	item := e.pointsItem(t, e.campaign(t, 5, 5), 100)
	member := e.rich(t)
	device := auth.NewSecret("scd_")
	sc, err := e.store.CreateScreen(ctx, store.Screen{Name: "Door", Kind: content.KindKiosk}, auth.HashSecret(device))
	if err != nil {
		t.Fatal(err)
	}
	bearer := "Bearer " + device
	e.call(t, http.StatusOK, "GET", "/api/v1/kiosk/points/members/"+member, "", bearer)
	body := `{"member_code":"` + member + `","item":"` + item + `","exchange_id":"X-1"}`
	e.call(t, http.StatusCreated, "POST", "/api/v1/kiosk/points/exchanges", body, bearer)
	h, err := e.points.History(ctx, member, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := h.Entries[0]; got.Kind != rest.PointsSpend || got.Issuer != "screen:"+sc.ID || got.Key != "X-1" {
		t.Errorf("newest entry = %s by %q key %q; want a spend by screen:%s key X-1", got.Kind, got.Issuer, got.Key, sc.ID)
	}
	e.call(t, http.StatusNoContent, "DELETE", "/api/v1/screens/"+sc.ID, "")
	e.call(t, http.StatusUnauthorized, "GET", "/api/v1/kiosk/points/members/"+member, "", bearer)
}
