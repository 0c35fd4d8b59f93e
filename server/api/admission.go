package api

import (
	"net/http"
	"time"
)

// Anonymous requests (kiosks, shoppers' phones, screens' proof of play)
// pass a gate of a few slots: at most anonSlots of them are worked on at
// once, and one that finds no slot free within anonWait is answered 503
// with Retry-After, having cost a goroutine parked on a channel. Staff
// requests never pass the gate, and their reads use the store's reserved
// connection (store.Reserved, marked by allow), so an anonymous burst
// takes at most anonSlots goroutines' share of the CPU and none of staff's
// database connection, whatever its size.
const (
	// anonSlots is a few per core of the two-core boxes stores run: enough
	// to keep the shared read pool (4 connections) busy while others
	// encode answers.
	anonSlots = 8
	// anonWait is the store's own wait for a read connection: a kiosk's
	// ordinary bursts queue briefly; a flood is refused after it.
	anonWait = 500 * time.Millisecond
)

// gate admits at most cap(slots) requests at a time.
type gate struct {
	slots chan struct{}
	wait  time.Duration
}

func newGate(n int, wait time.Duration) *gate {
	return &gate{slots: make(chan struct{}, n), wait: wait}
}

// enter takes a slot, waiting at most g.wait (and never past the
// request's end); leave must follow a true.
func (g *gate) enter(r *http.Request) bool {
	select {
	case g.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
		return true
	case <-t.C:
	case <-r.Context().Done():
	}
	return false
}

func (g *gate) leave() { <-g.slots }

// anonymous wraps an endpoint anyone may call in the gate.
func (h *Handler) anonymous(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !h.gate.enter(r) {
			refuseBusy(w)
			return
		}
		defer h.gate.leave()
		next(w, r)
	}
}
