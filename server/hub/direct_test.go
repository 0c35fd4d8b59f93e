package hub

import (
	"context"
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"storecast/app/content"
)

func TestParkedScreenGetsWelcomeAndDirectMessagesOnly(t *testing.T) {
	welcome := content.NewEnvelope(content.TypeWelcome, content.Welcome{Pairing: &content.Pairing{Code: "ABC123", ExpiresIn: 600}})
	auth := func(_ context.Context, h content.Hello) (Screen, error) {
		return Screen{ID: "pending:ABC123", Kind: h.Kind, Welcome: &welcome, Parked: true}, nil
	}
	e := newEnv(t, Config{}, envOpts{auth: auth})
	c := e.dial(t, kiosk())
	first := c.next(t)
	var w content.Welcome
	if first.Type != content.TypeWelcome || json.Unmarshal(first.Data, &w) != nil || w.Pairing == nil || w.Pairing.Code != "ABC123" {
		t.Fatalf("first frame = %s %s; want the welcome with the pairing code", first.Type, first.Data)
	}
	e.publish(t, 1, 3) // stream events never reach a parked screen
	if n := e.hub.Send("pending:ABC123", content.NewEnvelope(content.TypeEnrolled, content.Enrolled{Token: "tok"})); n != 1 {
		t.Fatalf("Send reached %d connections; want 1", n)
	}
	if got := c.next(t); got.Type != content.TypeEnrolled {
		t.Fatalf("next frame = %s; want enrolled (and no stream events before it)", got.Type)
	}
	if n := e.hub.Disconnect("pending:ABC123", content.CloseResume, "enrolled"); n != 1 {
		t.Fatalf("Disconnect closed %d; want 1", n)
	}
	if code := c.closeCode(t); code != content.CloseResume {
		t.Fatalf("close code = %d; want %d", code, content.CloseResume)
	}
}

func TestSendReachesOnlyThatScreenAmidEvents(t *testing.T) {
	auth := func(_ context.Context, h content.Hello) (Screen, error) {
		return Screen{ID: h.Token, Kind: h.Kind, Stream: content.StreamStore}, nil
	}
	e := newEnv(t, Config{}, envOpts{auth: auth})
	ha, hb := kiosk(), kiosk()
	ha.Token, hb.Token = "screen-a", "screen-b"
	a, b := e.dial(t, ha), e.dial(t, hb)
	a.expectSnapshot(t, "", 0)
	b.expectSnapshot(t, "", 0)
	e.publish(t, 1, 2)
	e.hub.Send("screen-a", content.NewEnvelope(content.TypeCommand, content.Command{Name: content.CommandIdentify, Text: "Till 3"}))
	e.publish(t, 3, 3)
	a.expectEvents(t, 1, 2)
	if got := a.next(t); got.Type != content.TypeCommand {
		t.Fatalf("screen a got %s; want the command between events 2 and 3", got.Type)
	}
	a.expectEvents(t, 3, 3)
	b.expectEvents(t, 1, 3) // b saw no command
}

func TestStatusFramesReachTheFleetView(t *testing.T) {
	var mu sync.Mutex
	var got []content.Status
	cfg := Config{OnStatus: func(s Screen, st content.Status) {
		mu.Lock()
		got = append(got, st)
		mu.Unlock()
	}}
	auth := func(_ context.Context, h content.Hello) (Screen, error) {
		return Screen{ID: "s1", Kind: h.Kind, Stream: content.StreamStore}, nil
	}
	e := newEnv(t, cfg, envOpts{auth: auth})
	hello := kiosk()
	hello.App = "v9"
	c := e.dial(t, hello)
	c.expectSnapshot(t, "", 0)
	st, _ := json.Marshal(content.Envelope{Type: content.TypeStatus, Data: json.RawMessage(`{"showing":"promotion:p1","mode":"elder","locale":"en"}`)})
	if err := c.ws.WriteMessage(websocket.TextMessage, st); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 3*time.Second, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(got) == 1
	})
	conns := e.hub.Connections()
	if len(conns) != 1 || conns[0].Screen.ID != "s1" || conns[0].App != "v9" || conns[0].Status.Mode != "elder" || conns[0].Status.Showing != "promotion:p1" {
		t.Fatalf("Connections = %+v; want s1 running v9 in elder mode showing p1", conns)
	}
	bad, _ := json.Marshal(content.Envelope{Type: content.TypeStatus, Data: json.RawMessage(`{"mode":"` + string(make([]byte, 300)) + `"}`)})
	c.ws.WriteMessage(websocket.TextMessage, bad)
	if code := c.closeCode(t); code != content.CloseBadFrame {
		t.Fatalf("oversized status: close %d; want %d", code, content.CloseBadFrame)
	}
}
