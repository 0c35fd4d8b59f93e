package signage

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// keepMediaAfter is how long after it starts a page first tells the
// service worker its media, unless its content changes first: not during
// start-up, which that measurably slowed at kiosk speed. The worker
// keeps the previous load's media meanwhile.
const keepMediaAfter = 2 * time.Second

// keepMedia tells the service worker what to keep when the list changed,
// or always when again is true: after a reconnect, so what failed to
// download while the network was down is fetched now.
func (p *Page) keepMedia(again bool) {
	urls := strings.Join(p.state.Snapshot.MediaFor(p.clock.Now(), p.state.Groups()), "\n")
	if urls == p.kept && !again {
		return
	}
	p.kept = urls
	if p.keepFn == nil {
		p.keepFn = app.Window().Get(keepMediaFunc)
	}
	p.keepFn.Invoke(urls)
}
