package live

import (
	"slices"
	"testing"
	"testing/synctest"
	"time"

	"storecast/app/content"
)

// A page greets on its early socket before the feed runs (Greet): the feed
// must not say hello a second time there, and must follow the stream the
// server answers with.
func TestFeedSendsNoSecondHelloOnAGreetedSocket(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := startFeed(t, "e1", 5, func(h *harness) {
			h.tr.greet <- encodeHello(content.Hello{Kind: content.KindSignage}, "e1", 5)
		})
		c := h.tr.next(t)
		c.push(t, content.TypeEvent, "e1", 6, promo("a", 100))
		if got := h.waitApplied(t, 1); !slices.Equal(got, []uint64{6}) {
			t.Fatalf("applied %v; want the event after the greeted position", got)
		}
		select {
		case b := <-c.sent:
			t.Fatalf("feed sent %s on a socket the page had already greeted", b)
		default:
		}
	})
}

// A greeting that is not the feed's hello (another position) would have
// the server follow the wrong stream: the feed drops that socket and says
// its own hello on a new one, at once.
func TestFeedRedialsWhenTheGreetingIsNotItsHello(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		h := startFeed(t, "e1", 5, func(h *harness) {
			h.tr.greet <- encodeHello(content.Hello{Kind: content.KindSignage}, "e1", 4)
		})
		c := h.tr.next(t)
		select {
		case <-c.closed:
		case <-time.After(5 * time.Second):
			t.Fatal("feed kept a socket greeted with another hello")
		}
		c2 := h.tr.next(t) // no backoff: the clock is fake and not advanced
		if hello := c2.hello(t); hello.Epoch != "e1" || hello.Seq != 5 {
			t.Fatalf("hello on the new socket = %+v; want e1/5", hello)
		}
	})
}
