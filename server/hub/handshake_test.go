package hub

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

func TestHandshakeFailures(t *testing.T) {
	refuse := func(context.Context, content.Hello) (Screen, error) { return Screen{}, errors.New("token revoked") }
	tests := []struct {
		name  string
		auth  Authenticator
		hello bool   // send a valid hello first
		frame []byte // nil: send nothing
		want  int
	}{
		{name: "bad hello JSON", frame: []byte(`{"type":"hello","data":{`), want: content.CloseBadFrame},
		{name: "first frame not a hello", frame: []byte(`{"type":"event","seq":1}`), want: content.CloseBadFrame},
		{name: "unknown screen kind", frame: []byte(`{"type":"hello","data":{"kind":"toaster"}}`), want: content.CloseBadFrame},
		{name: "no hello in time", want: content.CloseBadFrame},
		{name: "hello over 64 KiB", frame: oversized(), want: websocket.CloseMessageTooBig},
		{name: "frame over 64 KiB after hello", hello: true, frame: oversized(), want: websocket.CloseMessageTooBig},
		{name: "malformed frame after hello", hello: true, frame: []byte(`nope`), want: content.CloseBadFrame},
		{name: "authenticator refuses", auth: refuse, frame: []byte(`{"type":"hello","data":{"kind":"kiosk","token":"secret"}}`), want: content.CloseReEnrol},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, Config{HelloTimeout: 200 * time.Millisecond}, envOpts{auth: tt.auth})
			ws := e.dialRaw(t, nil)
			if tt.hello {
				ws.WriteMessage(websocket.TextMessage, helloFrame(t, kiosk()))
				if _, _, err := ws.ReadMessage(); err != nil {
					t.Fatalf("read snapshot: %v", err)
				}
			}
			if tt.frame != nil {
				if err := ws.WriteMessage(websocket.TextMessage, tt.frame); err != nil {
					t.Fatalf("write: %v", err)
				}
			}
			if got := readCloseCode(t, ws); got != tt.want {
				t.Errorf("close code = %d; want %d", got, tt.want)
			}
			ws.Close() // as a browser does after the close handshake
			waitFor(t, 3*time.Second, func() bool { return e.hub.Connected() == 0 })
		})
	}
}

func oversized() []byte {
	return []byte(`{"type":"hello","data":{"kind":"kiosk","app":"` + strings.Repeat("x", content.MaxFrameBytes) + `"}}`)
}

func TestOriginCheck(t *testing.T) {
	tests := []struct {
		name   string
		origin func(e *env) string
		want   int
	}{
		{name: "no origin", origin: func(*env) string { return "" }, want: http.StatusSwitchingProtocols},
		{name: "same host", origin: func(e *env) string { return e.srv.URL }, want: http.StatusSwitchingProtocols},
		{name: "allowed origin", origin: func(*env) string { return "http://kiosk.store.test:8080" }, want: http.StatusSwitchingProtocols},
		{name: "foreign origin", origin: func(*env) string { return "https://evil.example" }, want: http.StatusForbidden},
		{name: "opaque origin", origin: func(*env) string { return "null" }, want: http.StatusForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, Config{AllowedOrigins: []string{"http://kiosk.store.test:8080/"}}, envOpts{})
			hdr := http.Header{}
			if o := tt.origin(e); o != "" {
				hdr.Set("Origin", o)
			}
			ws, resp, err := websocket.DefaultDialer.Dial(e.url, hdr)
			if ws != nil {
				ws.Close()
			}
			if resp == nil {
				t.Fatalf("Dial: %v", err)
			}
			if resp.StatusCode != tt.want {
				t.Fatalf("status = %d; want %d", resp.StatusCode, tt.want)
			}
			if tt.want == http.StatusForbidden {
				if !errors.Is(err, websocket.ErrBadHandshake) || e.hub.Connected() != 0 {
					t.Errorf("foreign origin upgraded: err %v, Connected %d", err, e.hub.Connected())
				}
			}
		})
	}
}

func TestShutdownClosesScreensAndRefusesNewOnes(t *testing.T) {
	e := newEnv(t, Config{}, envOpts{})
	cs := []*client{e.dial(t, kiosk()), e.dial(t, kiosk()), e.dial(t, kiosk())}
	for _, c := range cs {
		c.expectSnapshot(t, "", 0)
	}
	idle := e.dialRaw(t, nil) // upgraded, no hello yet
	waitFor(t, 2*time.Second, func() bool { return e.hub.Connected() == 4 })

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	shutdown := make(chan error, 1)
	go func() { shutdown <- e.hub.Shutdown(ctx) }()
	for i, c := range cs {
		if got := c.closeCode(t); got != content.CloseBackOff {
			t.Errorf("screen %d close code = %d; want %d", i, got, content.CloseBackOff)
		}
	}
	if got := readCloseCode(t, idle); got != content.CloseBackOff {
		t.Errorf("screen without hello: close code = %d; want %d", got, content.CloseBackOff)
	}
	if err := <-shutdown; err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if n := e.hub.Connected(); n != 0 {
		t.Errorf("Connected = %d after Shutdown; want 0", n)
	}
	_, resp, err := websocket.DefaultDialer.Dial(e.url, nil)
	if resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("dial after Shutdown: %v, %v; want 503", resp, err)
	}
}

// dialMute connects a screen that reads everything but answers no ping:
// silent, as the server sees it. (A screen that stops reading would be
// dropped by its writes blocking, on a net.Pipe, before its silence
// counts.)
func dialMute(t *testing.T, e *env) {
	t.Helper()
	ws := e.dialRaw(t, nil)
	ws.SetPingHandler(func(string) error { return nil })
	if err := ws.WriteMessage(websocket.TextMessage, helloFrame(t, kiosk())); err != nil {
		t.Fatal(err)
	}
	go func() {
		for {
			if _, _, err := ws.ReadMessage(); err != nil {
				return
			}
		}
	}()
}

// In a synctest bubble over an in-memory network, with the real 25 s
// ping interval: the 2.5 intervals of silence that drop a screen pass on
// the bubble's clock, so a busy machine cannot make an answering screen
// look silent.
func TestPingsKeepScreensAndSilenceDropsThem(t *testing.T) {
	synctest.Test(t, testPingsKeepScreensAndSilenceDropsThem)
}

func testPingsKeepScreensAndSilenceDropsThem(t *testing.T) {
	e := newEnv(t, Config{}, envOpts{pipe: true})
	live := e.dial(t, kiosk())
	var pings atomic.Int32
	live.ws.SetPingHandler(func(data string) error {
		pings.Add(1)
		return live.ws.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(time.Second))
	})
	live.expectSnapshot(t, "", 0)
	dialMute(t, e)
	synctest.Wait()
	if n := e.hub.Connected(); n != 2 {
		t.Fatalf("Connected = %d; want 2", n)
	}

	// Three minutes hold six pings at least (each interval is at most
	// 30 s, jittered), far more than 2.5 intervals of silence: the silent
	// screen is gone, the one that answers is not.
	time.Sleep(3 * time.Minute)
	synctest.Wait()
	if n, p := e.hub.Connected(), pings.Load(); n != 1 || p < 6 {
		t.Fatalf("after 3 minutes: Connected = %d, %d pings answered; want 1 and at least 6", n, p)
	}
	// Browsers cannot see control pings: each ping also goes as a frame.
	if n := live.heartbeats.Load(); n < 6 {
		t.Fatalf("%d heartbeat frames; want one a ping, at least 6", n)
	}
	e.publish(t, 1, 1)
	live.expectEvents(t, 1, 1)
}

func TestAuthenticatorPicksStream(t *testing.T) {
	auth := func(_ context.Context, h content.Hello) (Screen, error) {
		return Screen{ID: "s1", Kind: h.Kind, Stream: "store-2"}, nil
	}
	e := newEnv(t, Config{}, envOpts{auth: auth})
	c := e.dial(t, kiosk())
	if env := c.expectSnapshot(t, "", 0); env.Stream != "store-2" {
		t.Fatalf("snapshot stream = %q; want store-2", env.Stream)
	}
	e.publish(t, 1, 1) // on content.StreamStore: not this screen's stream
	mine := json.RawMessage(`{"op":"promotion.delete","id":"mine"}`)
	if _, err := e.hub.Publish(context.Background(), "store-2", mine); err != nil {
		t.Fatal(err)
	}
	if env := c.next(t); env.Stream != "store-2" || env.Seq != 1 || string(env.Data) != string(mine) {
		t.Fatalf("got %s of stream %q seq %d data %s; want store-2's event 1", env.Type, env.Stream, env.Seq, env.Data)
	}
}

func TestPublishRejectsInvalidJSON(t *testing.T) {
	e := newEnv(t, Config{}, envOpts{})
	if _, err := e.hub.Publish(context.Background(), content.StreamStore, json.RawMessage(`{`)); !errors.Is(err, ErrBadData) {
		t.Fatalf("Publish(invalid) error = %v; want ErrBadData", err)
	}
}

func TestTruncateReason(t *testing.T) {
	long := strings.Repeat("é", 100) // 200 bytes
	got := truncateReason(long)
	if len(got) > 123 || !strings.HasPrefix(long, got) || len(got) != 122 {
		t.Fatalf("truncateReason gave %d bytes; want 122 on a rune boundary", len(got))
	}
}

// An authenticator learns the address a hello came from (to throttle it),
// and hears when its welcome could not be written (to take back what it
// handed out).
func TestAuthenticatorSeesRemoteAndUnsentWelcome(t *testing.T) {
	remotes := make(chan string, 1)
	unsent := make(chan struct{})
	// Far more than the socket buffers hold, to a screen that never reads:
	// the write times out.
	big := content.NewEnvelope(content.TypeWelcome, map[string]string{"pad": strings.Repeat("x", 4<<20)})
	auth := func(ctx context.Context, h content.Hello) (Screen, error) {
		remotes <- Remote(ctx)
		return Screen{ID: "enrolling:x", Kind: h.Kind, Parked: true, Welcome: &big, Unsent: func() { close(unsent) }}, nil
	}
	e := newEnv(t, Config{WriteTimeout: 200 * time.Millisecond}, envOpts{auth: auth, sndbuf: 4096, quiet: true})
	ws := e.dialRaw(t, nil)
	if err := ws.WriteMessage(websocket.TextMessage, helloFrame(t, kiosk())); err != nil {
		t.Fatal(err)
	}
	if got, want := <-remotes, ws.LocalAddr().String(); got != want {
		t.Errorf("Remote = %q; want the screen's address %q", got, want)
	}
	select {
	case <-unsent:
	case <-time.After(10 * time.Second):
		t.Fatal("Unsent not called for a welcome that could not be written")
	}
}
