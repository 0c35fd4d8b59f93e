package screen

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// heapPercent is the share of the page's JS heap limit in use, in percent,
// or 0 where the browser does not say: performance.memory is Chromium's
// alone, which is what kiosk machines run.
func heapPercent() int {
	if !app.IsClient {
		return 0
	}
	m := app.Window().Get("performance").Get("memory")
	if !m.Truthy() {
		return 0
	}
	used, limit := m.Get("usedJSHeapSize").Float(), m.Get("jsHeapSizeLimit").Float()
	if limit <= 0 {
		return 0
	}
	return max(0, min(100, int(used*100/limit)))
}
