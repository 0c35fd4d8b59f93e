package alert

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// TestPriceParityAlertReachesAWebhook: products priced differently online
// than in store, read from a real store, fire one price parity alert once
// they have differed for the rule's minutes, delivered to a real HTTP
// receiver, once.
func TestPriceParityAlertReachesAWebhook(t *testing.T) {
	loc := shanghai(t)
	recv := newReceiver(t, answer{200, "ok"})
	e := newDispatchEnv(t, Config{})
	e.webhook(t, rest.WebhookGeneric, recv.URL+"/hooks", testSecret)
	ctx := context.Background()
	since := time.Date(2026, 12, 6, 9, 0, 0, 0, loc)
	e.st.Now = func() time.Time { return since }
	price := func(sku string, store, online int64) content.Product {
		return content.Product{SKU: sku, Name: content.Text{"en": sku}, Price: store, OnlinePrice: &online}
	}
	if _, err := e.st.ImportProducts(ctx, []content.Product{price("P1", 500, 550), price("P2", 300, 300), price("P3", 200, 180)}, "test"); err != nil {
		t.Fatal(err)
	}
	src := &StoreSource{Store: e.st}
	clock := &fakeClock{since}
	m := NewMonitor(MonitorConfig{
		Rules:  func(context.Context) (rest.AlertRules, error) { return rest.DefaultAlertRules(), nil },
		Source: parityOnly{src},
		Notify: e.d.Send,
		Zone:   loc,
		Now:    clock.Now,
	})
	look := func(at time.Time) {
		t.Helper()
		clock.set(at)
		if err := m.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	look(since.Add(59 * time.Minute))
	if n := len(recv.requests()); n != 0 {
		t.Fatalf("%d deliveries after 59 minutes; want none before the rule's 60", n)
	}
	look(since.Add(60 * time.Minute))
	if got := e.outcomes(t); !slices.Equal(got, []string{rest.DeliveryDelivered}) {
		t.Fatalf("outcomes = %v; want one delivered", got)
	}
	var ev rest.AlertEvent
	if err := json.Unmarshal(recv.requests()[0].body, &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Alert.Rule != rest.RulePriceParity || !strings.Contains(ev.Alert.Message, "2 products") || !strings.Contains(ev.Alert.Message, "P1, P3") {
		t.Errorf("alert = %+v; want price parity naming P1 and P3", ev.Alert)
	}
	look(since.Add(61 * time.Minute))
	if n := len(recv.requests()); n != 1 {
		t.Errorf("%d deliveries; want the alert said once", n)
	}
}

// parityOnly is the store's facts without the fleet and the disk, which
// this test has none of.
type parityOnly struct{ s *StoreSource }

func (p parityOnly) Facts(ctx context.Context, _ time.Time) (Facts, error) {
	par, err := p.s.parity(ctx)
	return Facts{Parity: par}, err
}
