package alert

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"storecast/app/rest"
	"storecast/server/store"
)

const testSecret = "whsec-0123456789abcdef"

func TestGenericWebhookIsSigned(t *testing.T) {
	recv := newReceiver(t, answer{200, "ok"})
	e := newDispatchEnv(t, Config{})
	e.webhook(t, rest.WebhookGeneric, recv.URL+"/hooks/storecast", testSecret)
	e.d.Send(context.Background(), testAlert)
	if got := e.outcomes(t); !slices.Equal(got, []string{rest.DeliveryDelivered}) {
		t.Fatalf("outcomes = %v; want delivered", got)
	}
	req := recv.requests()[0]
	ts, sig := req.header.Get(HeaderTimestamp), req.header.Get(HeaderSignature)
	// The receiver's check, as docs/operations.md writes it.
	mac := hmac.New(sha256.New, []byte(testSecret))
	mac.Write([]byte(ts + "." + string(req.body)))
	if want := "sha256=" + hexOf(mac.Sum(nil)); !hmac.Equal([]byte(sig), []byte(want)) {
		t.Fatalf("signature = %q; want %q", sig, want)
	}
	if !VerifySignature(testSecret, ts, sig, req.body, time.Now(), 5*time.Minute) {
		t.Fatal("VerifySignature refused the request it signed")
	}
	if VerifySignature("another-secret-value", ts, sig, req.body, time.Now(), 5*time.Minute) {
		t.Fatal("VerifySignature took another secret")
	}
	if VerifySignature(testSecret, ts, sig, req.body, time.Now().Add(time.Hour), 5*time.Minute) {
		t.Fatal("VerifySignature took an hour-old timestamp")
	}
	var ev rest.AlertEvent
	if err := json.Unmarshal(req.body, &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Type != "alert" || ev.Store != "https://shop-12.example.com" || ev.Alert.Key != "disk" || ev.Alert.ID != "a1" {
		t.Errorf("event = %+v; want the disk alert of shop 12", ev)
	}
	if got := req.header.Get(HeaderDelivery); got != "a1" {
		t.Errorf("%s = %q; want the alert's id", HeaderDelivery, got)
	}
	if got := req.header.Get(HeaderEvent); got != "alert" {
		t.Errorf("%s = %q; want alert", HeaderEvent, got)
	}
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name    string
		answers []answer
		want    []string
	}{
		{"back after two failures", []answer{{503, ""}, {500, ""}, {200, ""}},
			[]string{rest.DeliveryRetrying, rest.DeliveryRetrying, rest.DeliveryDelivered}},
		{"down for good", []answer{{502, ""}},
			[]string{rest.DeliveryRetrying, rest.DeliveryRetrying, rest.DeliveryFailed}},
		{"throttled", []answer{{429, ""}, {204, ""}},
			[]string{rest.DeliveryRetrying, rest.DeliveryDelivered}},
		{"refused: no retry", []answer{{403, ""}, {200, ""}},
			[]string{rest.DeliveryFailed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recv := newReceiver(t, tt.answers...)
			reg := prometheus.NewRegistry()
			e := newDispatchEnv(t, Config{Attempts: 3, Metrics: NewMetrics(reg)})
			e.webhook(t, rest.WebhookGeneric, recv.URL, testSecret)
			e.d.Send(context.Background(), testAlert)
			if got := e.outcomes(t); !slices.Equal(got, tt.want) {
				t.Fatalf("outcomes = %v; want %v", got, tt.want)
			}
			reqs := recv.requests()
			if len(reqs) != len(tt.want) {
				t.Fatalf("receiver got %d requests; want %d", len(reqs), len(tt.want))
			}
			for _, r := range reqs {
				if got := r.header.Get(HeaderDelivery); got != "a1" {
					t.Errorf("a retry's %s = %q; want the alert's id, a1", HeaderDelivery, got)
				}
			}
			for _, o := range []string{rest.DeliveryDelivered, rest.DeliveryRetrying, rest.DeliveryFailed} {
				want := float64(strings.Count(strings.Join(tt.want, " "), o))
				if got := testutil.ToFloat64(e.d.cfg.Metrics.deliveries.WithLabelValues(rest.WebhookGeneric, o)); got != want {
					t.Errorf("deliveries{outcome=%s} = %v; want %v", o, got, want)
				}
			}
		})
	}
}

// The waits between attempts double, bounded.
func TestBackoffDoublesBounded(t *testing.T) {
	recv := newReceiver(t, answer{500, ""})
	e := newDispatchEnv(t, Config{Attempts: 4, Backoff: 20 * time.Millisecond, MaxBackoff: 40 * time.Millisecond})
	e.webhook(t, rest.WebhookGeneric, recv.URL, testSecret)
	start := time.Now()
	e.d.Send(context.Background(), testAlert)
	e.outcomes(t)
	// 20 + 40 + 40 ms of waits: at least 100 ms, and well under the
	// 20 + 40 + 80 an unbounded doubling would wait.
	if took := time.Since(start); took < 100*time.Millisecond {
		t.Errorf("four attempts took %v; want the waits of 20, 40, 40 ms", took)
	}
}

func TestRobots(t *testing.T) {
	const dingSecret = "SEC0123456789abcdef"
	tests := []struct {
		name, kind, secret string
		answer             answer
		want               []string
	}{
		{"wecom", rest.WebhookWeCom, "", answer{200, `{"errcode":0,"errmsg":"ok"}`}, []string{rest.DeliveryDelivered}},
		{"wecom bad key", rest.WebhookWeCom, "", answer{200, `{"errcode":93000,"errmsg":"invalid webhook url"}`}, []string{rest.DeliveryFailed}},
		{"dingtalk", rest.WebhookDingTalk, "", answer{200, `{"errcode":0,"errmsg":"ok"}`}, []string{rest.DeliveryDelivered}},
		{"dingtalk signed", rest.WebhookDingTalk, dingSecret, answer{200, `{"errcode":0,"errmsg":"ok"}`}, []string{rest.DeliveryDelivered}},
		{"not json", rest.WebhookDingTalk, "", answer{200, `<html>`}, []string{rest.DeliveryFailed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recv := newReceiver(t, tt.answer)
			e := newDispatchEnv(t, Config{Attempts: 2})
			e.webhook(t, tt.kind, recv.URL+"/send?key=robot-key-123", tt.secret)
			e.d.Send(context.Background(), testAlert)
			if got := e.outcomes(t); !slices.Equal(got, tt.want) {
				t.Fatalf("outcomes = %v; want %v", got, tt.want)
			}
			req := recv.requests()[0]
			var m struct {
				MsgType  string            `json:"msgtype"`
				Markdown map[string]string `json:"markdown"`
			}
			if err := json.Unmarshal(req.body, &m); err != nil || m.MsgType != "markdown" {
				t.Fatalf("body %s: %v; want a markdown message", req.body, err)
			}
			text := m.Markdown["content"] + m.Markdown["text"]
			if !strings.Contains(text, "Storecast") || !strings.Contains(text, "磁盘将满") || !strings.Contains(text, testAlert.Message) {
				t.Errorf("message = %q; want Storecast, the rule's title and the alert", text)
			}
			if req.query["key"] != "robot-key-123" {
				t.Errorf("query = %v; want the robot's key kept", req.query)
			}
			if tt.secret != "" {
				checkDingTalkSign(t, req.query, tt.secret)
			}
			if logs := e.logs.String(); strings.Contains(logs, "robot-key-123") || strings.Contains(logs, dingSecret) {
				t.Errorf("the log holds the robot's key or secret:\n%s", logs)
			}
		})
	}
}

// checkDingTalkSign checks a signed robot URL as DingTalk does.
func checkDingTalkSign(t *testing.T, q map[string]string, secret string) {
	t.Helper()
	ms, err := strconv.ParseInt(q["timestamp"], 10, 64)
	if err != nil || time.Since(time.UnixMilli(ms)).Abs() > time.Hour {
		t.Fatalf("timestamp = %q; want now in milliseconds", q["timestamp"])
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(q["timestamp"] + "\n" + secret))
	if want := base64.StdEncoding.EncodeToString(mac.Sum(nil)); q["sign"] != want {
		t.Errorf("sign = %q; want %q", q["sign"], want)
	}
}

func TestCheckURL(t *testing.T) {
	d := NewDispatcher(Config{})
	tests := []struct {
		url string
		ok  bool
	}{
		{"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", true},
		{"http://10.1.2.3:8080/alerts", true}, // a receiver on the store's LAN
		{"http://192.168.1.20/hook", true},
		{"http://[fd00::1]/hook", true},
		{"http://127.0.0.1:9000/hook", false},
		{"http://localhost/hook", false},
		{"http://[::1]/hook", false},
		{"http://169.254.169.254/latest/meta-data", false},
		{"http://0.0.0.0/hook", false},
		{"http://224.0.0.1/hook", false},
		{"ftp://example.com/hook", false},
		{"file:///etc/passwd", false},
		{"https://user:pw@example.com/hook", false},
		{"https:///nohost", false},
		{"example.com/hook", false},
		{"https://example.com/" + strings.Repeat("a", rest.MaxWebhookURL), false},
	}
	for _, tt := range tests {
		if err := d.CheckURL(tt.url); (err == nil) != tt.ok {
			t.Errorf("CheckURL(%.60q) = %v; want ok %v", tt.url, err, tt.ok)
		}
	}
}

// A name that resolves to a refused address is refused when dialled, and
// not retried: another attempt would resolve the same.
func TestDialRefusesLoopbackByName(t *testing.T) {
	recv := newReceiver(t, answer{200, ""})
	st := openStore(t)
	d := NewDispatcher(Config{Store: st})
	port := recv.URL[strings.LastIndex(recv.URL, ":"):]
	w, err := st.CreateWebhook(context.Background(), store.Webhook{Name: "local", Kind: rest.WebhookGeneric, URL: "http://localhost" + port + "/?token=sekrit", Secret: testSecret})
	if err != nil {
		t.Fatal(err)
	}
	del, err := d.Test(context.Background(), w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if del.Outcome != rest.DeliveryFailed || !strings.Contains(del.Error, "loopback") || strings.Contains(del.Error, "sekrit") {
		t.Fatalf("delivery = %+v; want failed for loopback, without the URL", del)
	}
	if n := len(recv.requests()); n != 0 {
		t.Fatalf("receiver got %d requests; want none", n)
	}
}

func TestSendTest(t *testing.T) {
	recv := newReceiver(t, answer{200, ""})
	e := newDispatchEnv(t, Config{})
	w := e.webhook(t, rest.WebhookGeneric, recv.URL, testSecret)
	del, err := e.d.Test(context.Background(), w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if del.Outcome != rest.DeliveryDelivered || del.Rule != rest.RuleTest || del.Status != 200 || del.ID == "" {
		t.Fatalf("delivery = %+v; want a logged test, delivered with 200", del)
	}
	if got := recv.requests()[0].header.Get(HeaderEvent); got != "test" {
		t.Errorf("%s = %q; want test", HeaderEvent, got)
	}
	if _, err := e.d.Test(context.Background(), "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Test(unknown) = %v; want store.ErrNotFound", err)
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc":             "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…",
		"https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1#frag": "https://oapi.dingtalk.com/robot/send?access_token=…&timestamp=…",
		"https://ops:pw@hooks.example.com/storecast":                           "https://hooks.example.com/storecast",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q; want %q", in, got, want)
		}
	}
}
