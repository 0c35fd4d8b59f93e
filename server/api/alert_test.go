package api

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"storecast/app/rest"
	"storecast/server/alert"
)

func TestAlertRulesRoundTrip(t *testing.T) {
	e := newEnv(t)
	code, body := e.do(t, "GET", "/api/v1/alerts/rules", "")
	var got rest.AlertRules
	if code != http.StatusOK || json.Unmarshal([]byte(body), &got) != nil || got.ScreenOffline.Minutes != 10 {
		t.Fatalf("GET rules = %d %s; want the defaults", code, body)
	}
	put := `{"hours":{"open":"09:00","close":"21:30","weekdays":[1,2,3,4,5]},"screen_offline":{"on":true,"minutes":15},` +
		`"screen_health":{"on":false,"media_failures":5,"memory_mb":2048},"staff_call":{"on":true,"minutes":3},` +
		`"coupon_stock":{"on":true,"percent":20},"disk":{"on":true,"percent":5}}`
	if code, body := e.do(t, "PUT", "/api/v1/alerts/rules", put); code != http.StatusOK {
		t.Fatalf("PUT rules = %d %s; want 200", code, body)
	}
	_, body = e.do(t, "GET", "/api/v1/alerts/rules", "")
	if err := json.Unmarshal([]byte(body), &got); err != nil || got.Hours.Close != "21:30" || got.StaffCall.Minutes != 3 || got.ScreenHealth.On {
		t.Fatalf("GET rules after PUT = %s; want what was put", body)
	}
}

func TestAlertRulesRefuseBadInput(t *testing.T) {
	e := newEnv(t)
	good := rest.DefaultAlertRules()
	tests := []struct {
		name   string
		change func(r *rest.AlertRules)
		field  string
	}{
		{"open not a time", func(r *rest.AlertRules) { r.Hours.Open = "8am" }, "hours.open"},
		{"close past 24:00", func(r *rest.AlertRules) { r.Hours.Close = "24:30" }, "hours.close"},
		{"weekday 7", func(r *rest.AlertRules) { r.Hours.Weekdays = []int{7} }, "hours.weekdays"},
		{"offline 0 minutes", func(r *rest.AlertRules) { r.ScreenOffline.Minutes = 0 }, "screen_offline.minutes"},
		{"staff call a week", func(r *rest.AlertRules) { r.StaffCall.Minutes = 7 * 24 * 60 }, "staff_call.minutes"},
		{"memory 10 MiB", func(r *rest.AlertRules) { r.ScreenHealth.MemoryMB = 10 }, "screen_health.memory_mb"},
		{"6 media errors of 5", func(r *rest.AlertRules) { r.ScreenHealth.MediaFailures = 6 }, "screen_health.media_failures"},
		{"coupons 100%", func(r *rest.AlertRules) { r.CouponStock.Percent = 100 }, "coupon_stock.percent"},
		{"disk 0%", func(r *rest.AlertRules) { r.Disk.Percent = 0 }, "disk.percent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := good
			r.Hours.Weekdays = nil
			tt.change(&r)
			b, _ := json.Marshal(r)
			code, body := e.do(t, "PUT", "/api/v1/alerts/rules", string(b))
			if code != http.StatusUnprocessableEntity || !strings.Contains(body, `"field":"`+tt.field+`"`) {
				t.Fatalf("PUT = %d %s; want 422 naming %s", code, body, tt.field)
			}
		})
	}
	if code, body := e.do(t, "PUT", "/api/v1/alerts/rules", `{"hours":{"open":"08:00","close":"22:00"},"paging":true}`); code != http.StatusBadRequest {
		t.Fatalf("PUT with an unknown field = %d %s; want 400", code, body)
	}
}

func TestWebhookRefusesBadInput(t *testing.T) {
	e := newEnv(t)
	const secret = `"secret":"0123456789abcdef"`
	tests := []struct {
		name, body, field string
	}{
		{"no name", `{"name":"","kind":"generic","url":"https://example.com/h",` + secret + `}`, "name"},
		{"unknown kind", `{"name":"x","kind":"slack","url":"https://example.com/h",` + secret + `}`, "kind"},
		{"ftp", `{"name":"x","kind":"generic","url":"ftp://example.com/h",` + secret + `}`, "url"},
		{"javascript", `{"name":"x","kind":"generic","url":"javascript:alert(1)",` + secret + `}`, "url"},
		{"user info", `{"name":"x","kind":"generic","url":"https://a:b@example.com/h",` + secret + `}`, "url"},
		{"cloud metadata", `{"name":"x","kind":"generic","url":"http://169.254.169.254/latest",` + secret + `}`, "url"},
		{"generic without secret", `{"name":"x","kind":"generic","url":"https://example.com/h"}`, "secret"},
		{"short secret", `{"name":"x","kind":"generic","url":"https://example.com/h","secret":"short"}`, "secret"},
		{"wecom with secret", `{"name":"x","kind":"wecom","url":"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",` + secret + `}`, "secret"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := e.do(t, "POST", "/api/v1/alerts/webhooks", tt.body)
			if code != http.StatusUnprocessableEntity || !strings.Contains(body, `"field":"`+tt.field+`"`) {
				t.Fatalf("POST = %d %s; want 422 naming %s", code, body, tt.field)
			}
		})
	}
	if code, body := e.do(t, "GET", "/api/v1/alerts/deliveries?limit=0", ""); code != http.StatusUnprocessableEntity {
		t.Fatalf("deliveries?limit=0 = %d %s; want 422", code, body)
	}
}

// An admin adds a generic webhook, whose receiver checks the signature,
// sends a test, reads it in the delivery log, and removes the webhook.
func TestWebhookSendTest(t *testing.T) {
	e := newEnv(t)
	const secret = "whsec-api-test-0123456789"
	var mu sync.Mutex
	var verified []bool
	recv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		ok := alert.VerifySignature(secret, r.Header.Get(alert.HeaderTimestamp), r.Header.Get(alert.HeaderSignature), b, time.Now(), 5*time.Minute)
		mu.Lock()
		verified = append(verified, ok)
		mu.Unlock()
		if !ok {
			w.WriteHeader(http.StatusUnauthorized)
		}
	}))
	defer recv.Close()
	code, body := e.do(t, "POST", "/api/v1/alerts/webhooks", `{"name":"head office","kind":"generic","url":"`+recv.URL+`/in?token=abc","secret":"`+secret+`"}`)
	var wh rest.Webhook
	if code != http.StatusCreated || json.Unmarshal([]byte(body), &wh) != nil {
		t.Fatalf("POST webhook = %d %s; want 201", code, body)
	}
	if strings.Contains(body, secret) || strings.Contains(body, "abc") || !wh.Signed {
		t.Fatalf("webhook = %s; want it signed, without its secret or query values", body)
	}
	if _, body := e.do(t, "GET", "/api/v1/alerts/webhooks", ""); strings.Contains(body, secret) || !strings.Contains(body, wh.ID) {
		t.Fatalf("webhooks = %s; want the webhook without its secret", body)
	}
	code, body = e.do(t, "POST", "/api/v1/alerts/webhooks/"+wh.ID+"/test", "")
	var d rest.Delivery
	if code != http.StatusOK || json.Unmarshal([]byte(body), &d) != nil || d.Outcome != rest.DeliveryDelivered || d.Rule != rest.RuleTest {
		t.Fatalf("test = %d %s; want 200, delivered", code, body)
	}
	mu.Lock()
	if len(verified) != 1 || !verified[0] {
		t.Fatalf("receiver verified %v; want one good signature", verified)
	}
	mu.Unlock()
	_, body = e.do(t, "GET", "/api/v1/alerts/deliveries", "")
	var log rest.DeliveryList
	if json.Unmarshal([]byte(body), &log) != nil || len(log.Deliveries) != 1 || log.Deliveries[0].Webhook != wh.ID {
		t.Fatalf("deliveries = %s; want the test", body)
	}
	if code, _ := e.do(t, "DELETE", "/api/v1/alerts/webhooks/"+wh.ID, ""); code != http.StatusNoContent {
		t.Fatalf("DELETE = %d; want 204", code)
	}
	if code, _ := e.do(t, "POST", "/api/v1/alerts/webhooks/"+wh.ID+"/test", ""); code != http.StatusNotFound {
		t.Fatalf("test after DELETE = %d; want 404", code)
	}
}

func TestAnswerStaffCall(t *testing.T) {
	e := newEnv(t)
	c, err := e.store.CreateStaffCall(t.Context(), "10.0.0.9", "entrance")
	if err != nil {
		t.Fatal(err)
	}
	e.addUser(t, "cal", "cashier")
	e.addUser(t, "eve", "editor")
	cal, eve := e.signIn(t, "cal"), e.signIn(t, "eve")
	if code, body := cal.send(t, e, "POST", "/api/v1/staff-calls/"+c.ID+"/answer", "", true); code != http.StatusNoContent {
		t.Fatalf("answer = %d %s; want 204", code, body)
	}
	if code, _ := eve.send(t, e, "POST", "/api/v1/staff-calls/"+c.ID+"/answer", "", true); code != http.StatusNotFound {
		t.Fatalf("second answer = %d; want 404", code)
	}
	_, body := e.do(t, "GET", "/api/v1/staff-calls", "")
	if !strings.Contains(body, `"answered_at"`) || !strings.Contains(body, `"answered_by":"cal"`) {
		t.Fatalf("staff calls = %s; want the call answered by cal (the first to take it)", body)
	}
}
