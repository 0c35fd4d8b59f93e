package command

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// syncBuffer is a bytes.Buffer the server writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

const testAdminToken = "log-test-admin-token-0123456789abcdef"

// liveServer runs `storecast serve` in process on a free port and returns
// its URL, its log and a stop that shuts it down and waits (also run when
// the test ends).
func liveServer(t *testing.T) (base string, log *syncBuffer, stop func()) {
	t.Helper()
	log = &syncBuffer{}
	env := map[string]string{"STORECAST_ADMIN_TOKEN": testAdminToken}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, []string{"storecast", "serve", "--addr", "127.0.0.1:0", "--data", t.TempDir()},
			func(k string) string { return env[k] }, io.Discard, log)
	}()
	stop = sync.OnceFunc(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	t.Cleanup(stop)
	addr := regexp.MustCompile(`msg=serving addr=(\S+)`)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if m := addr.FindStringSubmatch(log.String()); m != nil {
			return "http://" + m[1], log, stop
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended before serving: %v\n%s", err, log)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not serving within 30 s:\n%s", log)
		}
		time.Sleep(10 * time.Millisecond) // polling the log, not synchronising
	}
}

// call sends a JSON request with the admin token and decodes the answer
// into out, failing unless the status is want.
func call(t *testing.T, method, u, body string, want int, out any) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+testAdminToken)
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		t.Fatalf("%s %s = %d %s; want %d", method, u, res.StatusCode, b, want)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: %v in %s", method, u, err, b)
		}
	}
}

// screenDial opens the live feed as a screen saying hello h and returns
// the first frame's envelope and the connection.
func screenDial(t *testing.T, base string, h content.Hello) (content.Envelope, *websocket.Conn) {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(base, "http")+"/ws", http.Header{"Origin": {base}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	data, _ := json.Marshal(h)
	if err := ws.WriteJSON(content.Envelope{Type: content.TypeHello, Data: data}); err != nil {
		t.Fatal(err)
	}
	return readFrame(t, ws), ws
}

func readFrame(t *testing.T, ws *websocket.Conn) content.Envelope {
	t.Helper()
	ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	var env content.Envelope
	if err := ws.ReadJSON(&env); err != nil {
		t.Fatal(err)
	}
	return env
}

// TestLogNamesNoSecret runs pairing by code, enrolment by link (a refused
// one too) and a coupon claim against the real server and checks its log:
// screens appear by id, and no pairing code, device token, enrolment link
// token, coupon code or admin token appears anywhere.
func TestLogNamesNoSecret(t *testing.T) {
	base, log, stop := liveServer(t)
	var secrets []string

	// Pairing by code.
	first, ws := screenDial(t, base, content.Hello{Kind: content.KindSignage, Pair: true})
	var welcome content.Welcome
	if json.Unmarshal(first.Data, &welcome); welcome.Pairing == nil {
		t.Fatalf("first frame %s %s; want a welcome with a pairing code", first.Type, first.Data)
	}
	code := welcome.Pairing.Code
	var paired struct{ ID string }
	call(t, "POST", base+"/api/v1/screens", `{"code":"`+code+`","name":"Entrance","kind":"signage"}`, http.StatusCreated, &paired)
	var enrolled content.Enrolled
	if env := readFrame(t, ws); env.Type != content.TypeEnrolled || json.Unmarshal(env.Data, &enrolled) != nil {
		t.Fatalf("after pairing got %s %s; want enrolled", env.Type, env.Data)
	}
	if env, _ := screenDial(t, base, content.Hello{Kind: content.KindSignage, Token: enrolled.Token}); env.Type != content.TypeWelcome {
		t.Fatalf("with its token the screen got %s; want welcome", env.Type)
	}
	secrets = append(secrets, code, strings.ToLower(code), enrolled.Token)

	// Enrolment by link, and a link that is refused.
	var link struct{ URL string }
	call(t, "POST", base+"/api/v1/enrolment-links", `{"name":"Till","kind":"kiosk","hours":1}`, http.StatusCreated, &link)
	u, err := url.Parse(link.URL)
	if err != nil {
		t.Fatal(err)
	}
	linkToken := u.Query().Get("enrol")
	env, _ := screenDial(t, base, content.Hello{Kind: content.KindKiosk, Enrol: linkToken})
	var byLink content.Enrolled
	if env.Type != content.TypeEnrolled || json.Unmarshal(env.Data, &byLink) != nil || byLink.Token == "" {
		t.Fatalf("enrolment link got %s %s; want enrolled", env.Type, env.Data)
	}
	refused := "sce_" + strings.Repeat("A", len(linkToken)-len("sce_"))
	env, _ = screenDial(t, base, content.Hello{Kind: content.KindKiosk, Enrol: refused})
	var instead content.Welcome
	if json.Unmarshal(env.Data, &instead); env.Type != content.TypeWelcome || instead.Pairing == nil {
		t.Fatalf("a refused link got %s %s; want a welcome with a pairing code", env.Type, env.Data)
	}
	secrets = append(secrets, linkToken, byLink.Token, refused, instead.Pairing.Code)

	// A coupon claimed, looked at and redeemed.
	var campaign struct{ ID string }
	call(t, "POST", base+"/api/v1/campaigns", `{"title":{"en":"10% off fruit"},"quantity":10,"per_device":1,"window_minutes":60,"coupon_minutes":60,"status":"live"}`, http.StatusCreated, &campaign)
	var claimed struct{ Coupon content.Coupon }
	call(t, "POST", base+"/api/v1/kiosk/claims", `{"campaign":"`+campaign.ID+`","install":"k-9f2c1d7e5a3b4c6d"}`, http.StatusCreated, &claimed)
	call(t, "GET", base+"/api/v1/coupons/"+claimed.Coupon.Code, "", http.StatusOK, nil)
	secrets = append(secrets, claimed.Coupon.Code, strings.ReplaceAll(claimed.Coupon.Code, "-", ""), testAdminToken)

	// Stopping the server disconnects every screen: their lines are in
	// the log too.
	stop()
	if !strings.Contains(log.String(), "screen="+paired.ID) {
		t.Errorf("the log never names the paired screen %s:\n%s", paired.ID, log)
	}
	for _, s := range secrets {
		if s == "" {
			t.Fatal("a secret of the flow is empty; the test lost track")
		}
		if strings.Contains(log.String(), s) {
			t.Errorf("the log holds the secret %q:\n%s", s, log)
		}
	}
}
