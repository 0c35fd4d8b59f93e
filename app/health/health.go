// Package health measures how a screen's page is doing, for the status it
// sends the fleet view: how long it has run, its JavaScript and Go
// memory, its version and display size, and its last errors. Whether the
// page reloads to give memory back is content.ReloadPolicy's to decide.
package health

import (
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// Every is how often a screen sends its health when nothing else changes.
const Every = time.Minute

// Monitor samples a page's health and keeps its last errors.
type Monitor struct {
	started time.Time
	release func()

	mu     sync.Mutex
	errors []string // oldest first, at most content.MaxHealthErrors
}

// Start begins a page's monitor: uptime counts from now, and the
// browser's uncaught errors and rejected promises are kept from now on.
func Start() *Monitor {
	m := &Monitor{started: time.Now(), release: func() {}}
	if app.IsClient {
		m.listen()
	}
	return m
}

// Stop lets go of the browser's error events.
func (m *Monitor) Stop() { m.release() }

// Record keeps an error the page met (a video that would not play, a
// failed upload), replacing the oldest when there are too many.
func (m *Monitor) Record(msg string) {
	msg = content.HealthError(msg)
	if msg == "" {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if n := len(m.errors); n > 0 && m.errors[n-1] == msg {
		return // the same error again says nothing new
	}
	m.errors = append(m.errors, msg)
	if len(m.errors) > content.MaxHealthErrors {
		m.errors = m.errors[len(m.errors)-content.MaxHealthErrors:]
	}
}

// Sample reads the page's health now; power is content.PowerOn or
// PowerDark.
func (m *Monitor) Sample(power string) content.Health {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	h := content.Health{
		Uptime: int64(time.Since(m.started) / time.Second),
		GoHeap: int64(ms.HeapAlloc),
		GoSys:  int64(ms.Sys),
		Power:  power,
	}
	if app.IsClient {
		h.JSHeap, h.Display = jsHeap(), display()
		if v := app.Getenv("GOAPP_VERSION"); content.HealthApp(v) {
			h.App = v
		}
	}
	m.mu.Lock()
	h.Errors = append([]string(nil), m.errors...)
	m.mu.Unlock()
	return h
}

// jsHeap is performance.memory.usedJSHeapSize, which only Chromium
// has: 0 elsewhere.
func jsHeap() int64 {
	mem := app.Window().Get("performance").Get("memory")
	if !mem.Truthy() {
		return 0
	}
	return int64(mem.Get("usedJSHeapSize").Float())
}

// display is the page's size in CSS pixels: what the layout fits.
func display() string {
	w, h := app.Window().Get("innerWidth").Int(), app.Window().Get("innerHeight").Int()
	if w <= 0 || h <= 0 || w > 99999 || h > 99999 {
		return ""
	}
	return strconv.Itoa(w) + "x" + strconv.Itoa(h)
}

// listen keeps the browser's uncaught errors and unhandled rejections.
func (m *Monitor) listen() {
	onError := app.FuncOf(func(_ app.Value, args []app.Value) any {
		e := args[0]
		msg := e.Get("message")
		if !msg.Truthy() {
			return nil
		}
		where := ""
		if f := e.Get("filename"); f.Truthy() {
			where = " (" + f.String() + ":" + strconv.Itoa(e.Get("lineno").Int()) + ")"
		}
		m.Record("error: " + msg.String() + where)
		return nil
	})
	onRejection := app.FuncOf(func(_ app.Value, args []app.Value) any {
		r := args[0].Get("reason")
		text := "unknown"
		switch {
		case r.Truthy() && r.Get("message").Truthy():
			text = r.Get("message").String()
		case r.Truthy():
			text = r.Call("toString").String()
		}
		m.Record("unhandled rejection: " + text)
		return nil
	})
	w := app.Window()
	w.Call("addEventListener", "error", onError)
	w.Call("addEventListener", "unhandledrejection", onRejection)
	m.release = func() {
		w.Call("removeEventListener", "error", onError)
		w.Call("removeEventListener", "unhandledrejection", onRejection)
		onError.Release()
		onRejection.Release()
	}
}
