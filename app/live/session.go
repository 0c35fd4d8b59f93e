package live

import (
	"context"
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// storageKey is where a screen keeps its last state, so it can show content
// after a reboot with the server unreachable. Promotions are public: nothing
// about a shopper is ever stored here.
const storageKey = "storecast.feed"

// Saved is what a screen persists between page loads.
type Saved struct {
	Epoch    string           `json:"epoch"`
	Seq      uint64           `json:"seq"`
	Snapshot content.Snapshot `json:"snapshot"`
}

// LoadSaved returns the state persisted by the last page load, if any. It
// reads localStorage directly because it runs before the page has a context.
func LoadSaved() (Saved, bool) {
	var s Saved
	v := app.Window().Get("localStorage").Call("getItem", storageKey)
	if !v.Truthy() || json.Unmarshal([]byte(v.String()), &s) != nil || s.Epoch == "" {
		return Saved{}, false
	}
	return s, true
}

func save(s Saved) {
	b, err := json.Marshal(s)
	if err != nil {
		return
	}
	// A full or disabled storage throws; the screen still works without it.
	defer func() {
		if r := recover(); r != nil {
			app.Log("live: save state:", r)
		}
	}()
	app.Window().Get("localStorage").Call("setItem", storageKey, string(b))
}

// Session runs a Feed for one mounted page and reports each new state to it.
type Session struct {
	cancel context.CancelFunc
}

// Start begins following the store stream from saved. onState runs on the
// UI goroutine with every new state; onStatus with every status change.
func Start(ctx app.Context, kind string, saved Saved, onState func(app.Context, content.Snapshot), onStatus func(app.Context, Status)) *Session {
	runCtx, cancel := context.WithCancel(context.Background())
	state := saved.Snapshot
	feed := NewFeed(Config{
		Transport: BrowserTransport{URL: FeedURL()},
		Hello:     content.Hello{Kind: kind, App: app.Getenv("GOAPP_VERSION")},
		Epoch:     saved.Epoch,
		Seq:       saved.Seq,
		Apply: func(u Update) {
			if u.Snapshot != nil {
				state = *u.Snapshot
			} else if err := state.Apply(*u.Event); err != nil {
				app.Log("live:", err)
			}
			next := content.Snapshot{
				Promotions: append([]content.Promotion(nil), state.Promotions...),
				Overrides:  append([]content.Override(nil), state.Overrides...),
			}
			ctx.Dispatch(func(ctx app.Context) {
				// Persisted before it is shown: a reload never goes backwards.
				save(Saved{Epoch: u.Epoch, Seq: u.Seq, Snapshot: next})
				onState(ctx, next)
			})
		},
		Status: func(s Status) {
			ctx.Dispatch(func(ctx app.Context) {
				onStatus(ctx, s)
				// After the render, so whoever waits on the marker sees the content.
				ctx.Defer(func(app.Context) { setLiveMarker(s == StatusLive) })
			})
		},
	})
	go func() { _ = feed.Run(runCtx) }()
	return &Session{cancel: cancel}
}

// Stop ends the feed; the page is going away.
func (s *Session) Stop() {
	if s != nil {
		s.cancel()
		setLiveMarker(false)
	}
}

// setLiveMarker sets data-live="1" on <html> while the screen is current;
// tests, benchmarks and kiosk watchdogs wait on it.
func setLiveMarker(live bool) {
	root := app.Window().Get("document").Get("documentElement")
	if live {
		root.Call("setAttribute", "data-live", "1")
	} else {
		root.Call("removeAttribute", "data-live")
	}
}
