package chain

import (
	"fmt"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/server/store"
)

// resumeWithin is how soon after a long cut both directions resume. Left
// to nats-server, each waits for its request for a new consumer, lost
// with the link, to time out (30 s after it was sent) and then for a
// back-off: at least 20 s more after the cut below, 30 s in all. Restarted
// at once, they take a second or two on a quiet machine; the bound
// leaves room for a loaded one.
const resumeWithin = 25 * time.Second

// When a store's link returns after a long cut, head office's content
// reaches it and its reports reach head office at once: the store says
// hello, head office restarts the source of its reports, and the store
// restarts its source of head office's content.
func TestStoreResumesAtOnceWhenItsLinkReturns(t *testing.T) {
	c := startCluster(t, 1)
	link := newProxy(t, c.nodes[0].LeafURL())
	hq := openOffice(t, t.TempDir(), c.clientURLs())
	a := openShop(t, t.TempDir(), "A", "north", []string{link.url()})
	hq.knows(t, 1)
	a.holds(t, hq.createPromotions(t, 2, content.Targets{}))

	link.cut()
	waitFor(t, within, func() error {
		if a.bus.LeafConnected() {
			return fmt.Errorf("store A's leaf is still connected")
		}
		return nil
	})
	during := hq.createPromotions(t, 5, content.Targets{})
	a.did(t, "cut", 10, 1)
	// Each end's check of its source (every 10 s) has by now sent a
	// request for a new consumer across the link; its answer, due within
	// 30 s, was lost with the link.
	waitFor(t, within, func() error {
		if d := silentFor(a.bus.JS, inStream, HQDomain); d < 2*staleAfter {
			return fmt.Errorf("store A heard from head office %v ago", d)
		}
		return nil
	})
	link.restore()
	back := time.Now()
	a.holds(t, during)
	if d := time.Since(back); d > resumeWithin {
		t.Errorf("store A had head office's changes %v after its link returned; want within %v (restarts: %d)", d, resumeWithin, a.member.revivals.Load())
	}
	hq.counted(t, a.id, store.ChainCount{Plays: 10, Claims: 1, Redemptions: 1, StaffCalls: 1})
	if d := time.Since(back); d > resumeWithin {
		t.Errorf("head office counted store A's reports %v after its link returned; want within %v (%s)", d, resumeWithin, hq.sources())
	}
}
