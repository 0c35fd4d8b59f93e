package content

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Health is how a screen is doing, sent inside its status (Status.Health)
// for the fleet view: how long the page has run, its memory, its version
// and display, whether it is dark, and its last errors. Sizes are bytes.
type Health struct {
	Uptime int64 `json:"uptime_s"` // seconds since the page loaded
	// JSHeap is the page's used JavaScript heap (performance.memory,
	// Chromium only; 0 where the browser does not say).
	JSHeap int64 `json:"js_heap,omitempty"`
	// GoHeap is the Go heap in use (runtime.MemStats.HeapAlloc); GoSys
	// the memory the Go runtime holds, the wasm's linear memory, which
	// never shrinks.
	GoHeap  int64    `json:"go_heap,omitempty"`
	GoSys   int64    `json:"go_sys,omitempty"`
	App     string   `json:"app,omitempty"`     // the app version the page runs
	Display string   `json:"display,omitempty"` // CSS pixels, "1920x1080"
	Power   string   `json:"power,omitempty"`   // PowerOn or PowerDark
	Errors  []string `json:"errors,omitempty"`  // the last errors, oldest first, at most MaxHealthErrors
}

// A screen's power state.
const (
	PowerOn   = "on"
	PowerDark = "dark" // outside its opening hours
)

// Bounds on Health.
const (
	MaxHealthErrors = 5
	// maxHealthBytes bounds every size: 1 TiB is no browser's heap.
	maxHealthBytes = 1 << 40
	// maxUptime is ten years.
	maxUptime = 10 * 366 * 24 * 3600
)

var (
	healthApp     = regexp.MustCompile(`^[A-Za-z0-9._+-]{0,64}$`)
	healthDisplay = regexp.MustCompile(`^([1-9][0-9]{0,4}x[1-9][0-9]{0,4})?$`)
)

// HealthApp reports whether v may be sent as Health.App.
func HealthApp(v string) bool { return healthApp.MatchString(v) }

// Memory is what a screen's page holds that grows as a browser leaks: the
// JavaScript heap and the Go runtime's memory.
func (h *Health) Memory() int64 { return h.JSHeap + h.GoSys }

// Validate checks a health report against the bounds docs/protocol.md
// lists.
func (h *Health) Validate() error {
	for _, f := range []struct {
		name string
		v    int64
		max  int64
	}{{"uptime_s", h.Uptime, maxUptime}, {"js_heap", h.JSHeap, maxHealthBytes}, {"go_heap", h.GoHeap, maxHealthBytes}, {"go_sys", h.GoSys, maxHealthBytes}} {
		if f.v < 0 || f.v > f.max {
			return fmt.Errorf("status: health: %s %d is out of range", f.name, f.v)
		}
	}
	if !HealthApp(h.App) {
		return fmt.Errorf("status: health: app version %q: at most 64 letters, digits or ._+-", h.App)
	}
	if !healthDisplay.MatchString(h.Display) {
		return fmt.Errorf("status: health: display %q is not WIDTHxHEIGHT", h.Display)
	}
	if h.Power != "" && h.Power != PowerOn && h.Power != PowerDark {
		return fmt.Errorf("status: health: power %q is neither %q nor %q", h.Power, PowerOn, PowerDark)
	}
	if len(h.Errors) > MaxHealthErrors {
		return fmt.Errorf("status: health: at most %d errors", MaxHealthErrors)
	}
	for _, e := range h.Errors {
		if e == "" || !validText200(e) {
			return fmt.Errorf("status: health: an error is 1 to %d bytes of UTF-8 text without control characters", MaxStatusField)
		}
	}
	return nil
}

func validText200(v string) bool {
	return len(v) <= MaxStatusField && utf8.ValidString(v) && strings.IndexFunc(v, unicode.IsControl) < 0
}

// HealthError shortens an error message to what a status carries: one
// line of at most MaxStatusField bytes, cut at a character boundary.
func HealthError(msg string) string {
	msg = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(msg, "?"))
	msg = strings.TrimSpace(msg)
	for len(msg) > MaxStatusField {
		_, size := utf8.DecodeLastRuneInString(msg)
		msg = msg[:len(msg)-size]
	}
	return msg
}
