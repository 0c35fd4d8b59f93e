package hub

import (
	"encoding/json"
	"sort"
	"time"

	"storecast/app/content"
)

// Send delivers env to every connection of screen id, outside any stream:
// pairing results and staff commands, after the events published before
// it. It returns how many connections got it queued; like a publish, it
// never waits for a screen.
func (h *Hub) Send(id string, env content.Envelope) int {
	if id == "" {
		return 0
	}
	b, err := json.Marshal(env)
	if err != nil {
		return 0
	}
	frame := appendFrame(nil, opText, b)
	n := 0
	for _, c := range h.connsOf(id) {
		c.mu.Lock()
		f := c.fan
		c.mu.Unlock()
		if f != nil { // behind the stream's pending events
			f.direct(c, frame)
			n++
			continue
		}
		ok, claimed := c.push(outMsg{frame: frame})
		if claimed {
			c.flush()
		}
		if ok {
			n++
		}
	}
	return n
}

// Disconnect closes every connection of screen id with code and reason:
// a revoked screen leaves at once.
func (h *Hub) Disconnect(id string, code int, reason string) int {
	cs := h.connsOf(id)
	for _, c := range cs {
		c.close(code, reason)
	}
	return len(cs)
}

func (h *Hub) connsOf(id string) []*conn {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []*conn
	for c := range h.conns {
		c.mu.Lock()
		match := c.screen.ID == id && !c.closed
		c.mu.Unlock()
		if match {
			out = append(out, c)
		}
	}
	return out
}

// Connection is one connected screen, for the fleet view.
type Connection struct {
	Screen Screen
	App    string
	Remote string
	Since  time.Time
	Status content.Status
}

// Connections lists the screens connected now (handshake done), oldest
// first.
func (h *Hub) Connections() []Connection {
	h.mu.Lock()
	out := make([]Connection, 0, len(h.conns))
	for c := range h.conns {
		c.mu.Lock()
		if !c.closed && !c.since.IsZero() {
			out = append(out, Connection{Screen: c.screen, App: c.app, Remote: c.remote, Since: c.since, Status: c.status})
		}
		c.mu.Unlock()
	}
	h.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Since.Before(out[j].Since) })
	return out
}
