package chain

import (
	"fmt"
	"testing"
	"time"

	"storecast/server/store"
)

// Restarting the source of a store's reports (as head office does when a
// store is heard from but its reports are not) loses nothing and counts
// nothing twice, even while the store keeps reporting.
func TestRevivedSourceCountsOnce(t *testing.T) {
	c := startCluster(t, 1)
	hq := openOffice(t, t.TempDir(), c.clientURLs())
	hq.office.mu.Lock()
	hq.office.staleSource, hq.office.reviveEvery = -time.Hour, 0 // every heartbeat restarts it
	hq.office.mu.Unlock()
	a := openShop(t, t.TempDir(), "A", "north", c.leafURLs())
	hq.knows(t, 1)

	want := store.ChainCount{}
	for i := range 5 {
		a.did(t, fmt.Sprintf("round-%d", i), 20, 1)
		want.Plays += 20
		want.Claims++
		want.Redemptions++
		want.StaffCalls++
		restarts := hq.revivals()
		waitFor(t, within, func() error { // a heartbeat restarts the source between rounds
			if hq.revivals() == restarts {
				return fmt.Errorf("head office has not restarted store A's source since round %d", i)
			}
			return nil
		})
	}
	hq.counted(t, a.id, want)
}

// revivals is how many times head office restarted a store's source.
func (f *office) revivals() int {
	f.office.mu.Lock()
	defer f.office.mu.Unlock()
	return f.office.revivals
}
