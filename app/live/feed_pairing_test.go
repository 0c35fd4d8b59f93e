package live

import (
	"context"
	"encoding/json"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"storecast/app/content"
)

func TestFeedPairsThenUsesItsTokenAndForgetsItWhenRevoked(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tr, clock := newFakeTransport(), newFakeClock()
		var controls []string
		var unpaired atomic.Int32
		controlled := make(chan string, 8)
		feed := NewFeed(Config{
			Transport: tr, Clock: clock, Hello: content.Hello{Kind: content.KindSignage},
			Apply: func(Update) {}, Rand: func() float64 { return 1 },
			Control:  func(e content.Envelope) { controlled <- e.Type },
			Unpaired: func() { unpaired.Add(1) },
		})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { feed.Run(ctx); close(done) }()
		defer func() { cancel(); <-done }()

		c := tr.next(t)
		if h := c.hello(t); h.Token != "" {
			t.Fatalf("first hello token = %q; want none", h.Token)
		}
		c.push(t, content.TypeWelcome, "", 0, content.Welcome{Pairing: &content.Pairing{Code: "ABC234", ExpiresIn: 600}})
		c.push(t, content.TypeEnrolled, "", 0, content.Enrolled{Token: "scd_secret"})
		for range 2 {
			controls = append(controls, <-controlled)
		}
		if controls[0] != content.TypeWelcome || controls[1] != content.TypeEnrolled {
			t.Fatalf("controls = %v; want welcome, enrolled", controls)
		}
		c2 := tr.next(t) // at once: no backoff timer was needed
		if h := c2.hello(t); h.Token != "scd_secret" {
			t.Fatalf("hello after pairing has token %q; want the enrolled one", h.Token)
		}
		c2.hangUp(content.CloseReEnrol)
		c3 := tr.next(t)
		if h := c3.hello(t); h.Token != "" {
			t.Fatalf("hello after revocation has token %q; want none", h.Token)
		}
		if unpaired.Load() != 1 {
			t.Fatalf("Unpaired called %d times; want 1", unpaired.Load())
		}
	})
}

func TestFeedReportsStatusAndRepeatsItAfterReconnect(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := startFeed(t, "", 0)
		c := h.tr.next(t)
		c.hello(t)
		h.feed.Report(content.Status{Showing: "promotion:p1", Mode: "elder"})
		got := <-c.sent
		var env content.Envelope
		json.Unmarshal(got, &env)
		st, err := content.DecodeStatus(got)
		if env.Type != content.TypeStatus || err != nil || st.Mode != "elder" {
			t.Fatalf("sent %s; want a status frame with mode elder", got)
		}
		c.hangUp(content.CloseResume)
		c2 := h.tr.nextAfterBackoff(t, h.clock)
		c2.hello(t)
		again := <-c2.sent
		if string(again) != string(got) {
			t.Fatalf("after reconnect sent %s; want the last status again", again)
		}
	})
}

// A screen the server drops with "resume" after a good while comes back
// within half a second, not after a backoff.
func TestFeedResumesQuicklyWhenAskedTo(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := startFeed(t, "", 0)
		c := h.tr.next(t)
		c.hello(t)
		c.push(t, content.TypeSnapshot, "e1", 1, content.Snapshot{})
		h.waitApplied(t, 1)
		h.clock.Advance(StableAfter) // a stable connection
		c.hangUp(content.CloseResume)
		var pending []time.Duration
		waitUntil(t, "the reconnect timer", func() bool {
			pending = nil
			for _, d := range h.clock.pending() {
				if d < SilenceLimit {
					pending = append(pending, d)
				}
			}
			return len(pending) == 1
		})
		if pending[0] > BackoffMin {
			t.Fatalf("waits %v after a 4000 close; want at most %v", pending[0], BackoffMin)
		}
	})
}

// A screen opened with an enrolment link sends it until the server has
// answered, never after: refused, it waits for pairing like any new
// screen; enrolled, it comes back with its token alone.
func TestFeedSendsItsEnrolmentLinkUntilAnswered(t *testing.T) {
	for _, tt := range []struct {
		name   string
		answer func(c *fakeConn)
		token  string
	}{
		{"refused", func(c *fakeConn) {
			c.push(t, content.TypeWelcome, "", 0, content.Welcome{Pairing: &content.Pairing{Code: "ABC234", ExpiresIn: 600}, EnrolError: content.EnrolRefused})
			c.hangUp(content.CloseResume) // the code expired
		}, ""},
		{"enrolled", func(c *fakeConn) {
			c.push(t, content.TypeEnrolled, "", 0, content.Enrolled{Token: "scd_new"})
		}, "scd_new"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				tr, clock := newFakeTransport(), newFakeClock()
				controlled := make(chan string, 8)
				feed := NewFeed(Config{
					Transport: tr, Clock: clock, Hello: content.Hello{Kind: content.KindSignage, Enrol: "sce_link"},
					Apply: func(Update) {}, Rand: func() float64 { return 0 },
					Control: func(e content.Envelope) { controlled <- e.Type },
				})
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan struct{})
				go func() { feed.Run(ctx); close(done) }()
				defer func() { cancel(); <-done }()

				c := tr.next(t)
				c.hangUp(content.CloseReEnrol) // no answer yet (the server failed): try again
				c = tr.nextAfterBackoff(t, clock)
				if h := c.hello(t); h.Enrol != "sce_link" || h.Token != "" {
					t.Fatalf("hello = %+v; want the link, no token", h)
				}
				tt.answer(c)
				<-controlled
				next := tr.nextAfterBackoff(t, clock)
				if h := next.hello(t); h.Enrol != "" || h.Token != tt.token {
					t.Fatalf("hello after the answer = %+v; want no link and token %q", h, tt.token)
				}
			})
		})
	}
}
