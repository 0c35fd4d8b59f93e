package signage

import (
	"runtime"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// installHooks gives tests a look inside a page opened with test=1:
// window.scSignage() returns the player's clock, the proof-of-play counts
// and the Go heap after a collection. Never installed on a store's screen.
func (p *Page) installHooks() {
	p.hooks = app.FuncOf(func(app.Value, []app.Value) any {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		pending := 0
		if p.plays != nil {
			pending = p.plays.Len()
		}
		return map[string]any{
			"now":        float64(p.clock.Now().UnixMilli()),
			"recorded":   p.recorded,
			"pending":    pending,
			"heapAlloc":  float64(m.HeapAlloc),
			"heapInuse":  float64(m.HeapInuse),
			"sys":        float64(m.Sys),
			"goroutines": runtime.NumGoroutine(),
			"showing":    p.deck.Cur.Key(),
		}
	})
	app.Window().Set("scSignage", p.hooks)
}
