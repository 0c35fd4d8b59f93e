package signage

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// keepMediaJS hands the service worker (server/pwa/worker.js) the media
// this screen may play, one URL a line, so it downloads them whole and
// serves them offline, videos included. navigator.serviceWorker.ready
// gives the active worker even on a first visit, which the worker does
// not control yet. The worker answers when it is done; what it could not
// keep is logged, and plays from the network while there is one.
const keepMediaJS = `
if (!navigator.serviceWorker) return;
navigator.serviceWorker.ready.then(function (reg) {
	if (!reg.active) return;
	var ch = new MessageChannel();
	ch.port1.onmessage = function (e) {
		if (e.data && (e.data.failed || e.data.quota)) console.warn("storecast: media kept for offline play:", JSON.stringify(e.data));
	};
	reg.active.postMessage({ storecast: "keep-media", urls: urls.split("\n").filter(Boolean) }, [ch.port2]);
});
`

// keepMediaAfter is how long after it starts a page first tells the
// service worker its media, unless its content changes first: not during
// start-up, which that would slow by ~20 ms at kiosk speed. The worker
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
