package live

import (
	"context"
	"encoding/json"
	"runtime"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// storageKey is where a screen keeps its last state, so it can show content
// after a reboot with the server unreachable. Promotions are public: nothing
// about a shopper is ever stored here.
const storageKey = "storecast.feed"

// Saved is what a screen persists between page loads: a checkpoint of
// the store stream.
type Saved struct {
	content.Checkpoint
	// unsaved is the JSON a booted state was read from when that was not
	// the storage (Boot): it is stored as it is, without encoding it again.
	unsaved string
}

func save(s Saved) {
	b, err := json.Marshal(s)
	if err != nil {
		return
	}
	store(string(b))
}

func store(text string) {
	// A full or disabled storage throws; the screen still works without it.
	defer func() {
		if r := recover(); r != nil {
			app.Log("live: save state:", r)
		}
	}()
	app.Window().Get("localStorage").Call("setItem", storageKey, text)
}

// Session runs a Feed for one mounted page and reports each new state to it.
type Session struct {
	cancel context.CancelFunc
	feed   *Feed
}

// Hooks are a page's callbacks; each runs on the UI goroutine.
type Hooks struct {
	State   func(app.Context, content.Snapshot) // every new state
	Status  func(app.Context, Status)           // every status change
	Control func(app.Context, content.Envelope) // welcome, enrolled, command
}

// deviceKey is where a paired screen keeps its device token.
const deviceKey = "storecast.device"

// Start begins following the store stream from saved.
func Start(ctx app.Context, kind string, saved Saved, hooks Hooks) *Session {
	runCtx, cancel := context.WithCancel(context.Background())
	state := saved.Snapshot
	hello := newHello(kind)
	enrol := hello.Enrol
	feed := NewFeed(Config{
		Transport: BrowserTransport{URL: FeedURL()},
		Hello:     hello,
		Epoch:     saved.Epoch,
		Seq:       saved.Seq,
		Apply: func(u Update) {
			if u.Snapshot != nil {
				state = *u.Snapshot
			} else if err := state.Apply(*u.Event); err != nil {
				app.Log("live:", err)
			}
			next := state.Clone()
			ctx.Dispatch(func(ctx app.Context) {
				// Persisted before it is shown: a reload never goes backwards.
				save(Saved{Checkpoint: content.Checkpoint{Epoch: u.Epoch, Seq: u.Seq, Snapshot: next}})
				hooks.State(ctx, next)
			})
		},
		Status: func(s Status) {
			ctx.Dispatch(func(ctx app.Context) {
				hooks.Status(ctx, s)
				// After the render, so whoever waits on the marker sees the content.
				ctx.Defer(func(app.Context) { setLiveMarker(s == StatusLive) })
			})
		},
		Control: func(env content.Envelope) {
			ctx.Dispatch(func(ctx app.Context) {
				if env.Type == content.TypeEnrolled {
					var e content.Enrolled
					if json.Unmarshal(env.Data, &e) == nil {
						storeToken(e.Token)
					}
				}
				if enrol != "" && (env.Type == content.TypeEnrolled || env.Type == content.TypeWelcome) {
					// Answered, either way: a reload must not try the link again.
					enrol = ""
					dropEnrolParam()
				}
				if hooks.Control != nil {
					hooks.Control(ctx, env)
				}
			})
		},
		Unpaired: func() { ctx.Dispatch(func(app.Context) { storeToken("") }) },
	})
	if saved.unsaved != "" {
		// Keep what the page booted with: a resume that misses nothing
		// applies nothing, and the screen must still be able to start
		// offline from this state.
		store(saved.unsaved)
	}
	go func() { _ = feed.Run(runCtx) }()
	// The wasm runs one goroutine at a time: yield once, so the feed takes
	// the greeted socket's answer before go-app's first frame and the page
	// renders once for it, not twice.
	runtime.Gosched()
	return &Session{cancel: cancel, feed: feed}
}

// newHello is what this page says when it connects, bar the stream
// position (the feed adds it).
func newHello(kind string) content.Hello {
	hello := content.Hello{Kind: kind, App: app.Getenv("GOAPP_VERSION"), Token: storedToken()}
	query := app.Window().URL().Query()
	hello.Pair = query.Get("pair") != ""
	// A page opened with an enrolment link becomes the screen the link
	// describes, whatever token it held before.
	if enrol := query.Get(EnrolParam); enrol != "" {
		hello.Token, hello.Enrol = "", enrol
	}
	return hello
}

// Report tells the fleet view what the screen shows now.
func (s *Session) Report(st content.Status) {
	if s != nil {
		s.feed.Report(st)
	}
}

// EnrolParam is the query parameter of an enrolment link:
// /signage?enrol=TOKEN.
const EnrolParam = "enrol"

// dropEnrolParam takes the enrolment link's token out of the address bar
// and the history entry, without a navigation.
func dropEnrolParam() {
	defer func() {
		if r := recover(); r != nil {
			app.Log("live: drop enrolment link from the URL:", r)
		}
	}()
	u := app.Window().URL()
	q := u.Query()
	q.Del(EnrolParam)
	u.RawQuery = q.Encode()
	h := app.Window().Get("history")
	h.Call("replaceState", h.Get("state"), "", u.String())
}

func storedToken() string {
	v := app.Window().Get("localStorage").Call("getItem", deviceKey)
	if !v.Truthy() {
		return ""
	}
	return v.String()
}

func storeToken(token string) {
	defer func() {
		if r := recover(); r != nil {
			app.Log("live: store device token:", r)
		}
	}()
	ls := app.Window().Get("localStorage")
	if token == "" {
		ls.Call("removeItem", deviceKey)
		return
	}
	ls.Call("setItem", deviceKey, token)
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
