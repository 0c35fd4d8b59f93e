package hub

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

// TestStatusRules sends each kind of frame a screen may or may not send
// after its hello, over a real WebSocket: a valid status reaches the fleet
// view; anything else closes the connection with 4003 and the fleet view
// keeps what it had.
func TestStatusRules(t *testing.T) {
	const good = `{"type":"status","data":{"showing":"slide:9f2c/intro","mode":"large.voice","locale":"en"}}`
	tests := []struct {
		name  string
		frame string
		ok    bool
	}{
		{"every field", good, true},
		{"kiosk screen", `{"type":"status","data":{"showing":"menu","mode":"elder","locale":"zh-Hant"}}`, true},
		{"promotion", `{"type":"status","data":{"showing":"promotion:eceecff4d14421ecac9cb895bbceb92d"}}`, true},
		{"nothing on screen", `{"type":"status","data":{}}`, true},
		{"second hello", `{"type":"hello","data":{"kind":"kiosk"}}`, false},
		{"another type", `{"type":"event","data":{"op":"promotion.delete","id":"p1"}}`, false},
		{"unknown status field", `{"type":"status","data":{"showing":"menu","battery":97}}`, false},
		{"unknown envelope field", `{"type":"status","data":{"showing":"menu"},"extra":1}`, false},
		{"seq on a status", `{"type":"status","seq":7,"data":{"showing":"menu"}}`, false},
		{"no data", `{"type":"status"}`, false},
		{"two values", good + ` {}`, false},
		{"unknown locale", `{"type":"status","data":{"locale":"xx"}}`, false},
		{"HTML in showing", `{"type":"status","data":{"showing":"promotion:<img src=x onerror=alert(1)>"}}`, false},
		{"HTML as a screen", `{"type":"status","data":{"showing":"<b>menu</b>"}}`, false},
		{"control character", `{"type":"status","data":{"showing":"menu\u0007"}}`, false},
		{"field over 200 bytes", `{"type":"status","data":{"showing":"promotion:` + strings.Repeat("a", 200) + `"}}`, false},
		{"id over 64 characters", `{"type":"status","data":{"showing":"promotion:` + strings.Repeat("a", 65) + `"}}`, false},
		{"unknown mode", `{"type":"status","data":{"mode":"turbo"}}`, false},
		{"modes out of order", `{"type":"status","data":{"mode":"voice.large"}}`, false},
		{"mode twice", `{"type":"status","data":{"mode":"large.large"}}`, false},
		{"unknown showing", `{"type":"status","data":{"showing":"checkout"}}`, false},
		{"slide without its playlist", `{"type":"status","data":{"showing":"slide:intro"}}`, false},
		{"a number for a string", `{"type":"status","data":{"locale":1e309}}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var got []content.Status
			cfg := Config{OnStatus: func(_ Screen, st content.Status) {
				mu.Lock()
				got = append(got, st)
				mu.Unlock()
			}}
			e := newEnv(t, cfg, envOpts{auth: func(_ context.Context, h content.Hello) (Screen, error) {
				return Screen{ID: "s1", Kind: h.Kind, Stream: content.StreamStore}, nil
			}})
			c := e.dial(t, kiosk())
			c.expectSnapshot(t, "", 0)
			// A valid status first: a refused frame must not replace it.
			if err := c.ws.WriteMessage(websocket.TextMessage, []byte(good)); err != nil {
				t.Fatal(err)
			}
			if err := c.ws.WriteMessage(websocket.TextMessage, []byte(tt.frame)); err != nil {
				t.Fatal(err)
			}
			if tt.ok {
				waitFor(t, 3*time.Second, func() bool { mu.Lock(); defer mu.Unlock(); return len(got) == 2 })
				if conns := e.hub.Connections(); len(conns) != 1 || conns[0].Status != got[1] {
					t.Errorf("fleet view = %+v; want one screen showing %+v", conns, got[1])
				}
				return
			}
			if code := c.closeCode(t); code != content.CloseBadFrame {
				t.Fatalf("close code = %d; want %d", code, content.CloseBadFrame)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(got) != 1 || got[0].Showing != "slide:9f2c/intro" {
				t.Errorf("fleet view got %+v; want only the valid status before the bad frame", got)
			}
		})
	}
}
