package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gorilla/websocket"
)

// fanoutMarker starts the title of every promotion the load generator
// publishes; the Unix nanosecond send time follows it, so each screen can
// work out its own publish→delivered latency without asking anyone.
const fanoutMarker = "fanout@"

// sourceIPs is how many loopback source addresses the screens are spread
// over (127.0.0.2 …), so 10,000 connections to one port never run out of
// ephemeral ports, even with earlier runs' sockets in TIME_WAIT.
const sourceIPs = 16

// fleet is N screens connected to one server over real WebSockets,
// speaking the real protocol.
type fleet struct {
	screens   []*screen
	delivered atomic.Int64 // marked events received, all screens together
	eps       []int        // the pollers' epoll sets (fanout_poll.go)
	stopping  atomic.Bool
	wg        sync.WaitGroup
}

// screen is one simulated signage display.
type screen struct {
	ws      *websocket.Conn // until its socket moves to a poller
	fd      int             // the socket, once it has; -1 before
	latency []float64       // ms, one per marked event, written only by its poller
	dupes   int             // events whose seq it had already seen
	lastSeq uint64
	partial []byte // the start of a frame the last read cut off
}

// connectFleet opens n screens, at most parallel handshakes at a time,
// each one complete once it has its snapshot.
func connectFleet(ctx context.Context, wsURL string, n, parallel int) (*fleet, error) {
	f := &fleet{screens: make([]*screen, n)}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	next := atomic.Int64{}
	var wg sync.WaitGroup
	for range parallel {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				sc, err := dialScreen(ctx, wsURL, i)
				if err != nil {
					cancel(fmt.Errorf("bench: fanout: screen %d: %w", i, err))
					return
				}
				f.screens[i] = sc
			}
		})
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		f.close()
		return nil, err
	}
	if err := f.poll(); err != nil {
		f.close()
		return nil, err
	}
	return f, nil
}

// dialScreen connects screen i from its own source address, says hello as
// an anonymous signage screen and waits for the snapshot.
func dialScreen(ctx context.Context, wsURL string, i int) (*screen, error) {
	ws, err := dialFrom(ctx, wsURL, i)
	if err != nil {
		return nil, err
	}
	hello := []byte(`{"type":"hello","data":{"kind":"signage"}}`)
	if err := ws.WriteMessage(websocket.TextMessage, hello); err != nil {
		ws.Close()
		return nil, err
	}
	ws.SetReadDeadline(time.Now().Add(15 * time.Second))
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			ws.Close()
			return nil, fmt.Errorf("waiting for snapshot: %w", err)
		}
		var env struct{ Type string }
		if err := json.Unmarshal(msg, &env); err != nil {
			ws.Close()
			return nil, fmt.Errorf("bad frame %q: %w", msg, err)
		}
		switch env.Type {
		case "snapshot":
			ws.SetReadDeadline(time.Time{})
			return &screen{ws: ws, fd: -1}, nil
		case "ping":
		default:
			ws.Close()
			return nil, fmt.Errorf("got %q before the snapshot", env.Type)
		}
	}
}

// dialFrom opens screen i's WebSocket from its own source address.
func dialFrom(ctx context.Context, wsURL string, i int) (*websocket.Conn, error) {
	src := net.IPv4(127, 0, 0, byte(2+i%sourceIPs))
	nd := &net.Dialer{LocalAddr: &net.TCPAddr{IP: src}, Timeout: 10 * time.Second}
	d := websocket.Dialer{
		NetDialContext:   nd.DialContext,
		HandshakeTimeout: 10 * time.Second,
		// Small buffers: the generator holds 10,000 of these.
		ReadBufferSize:  2048,
		WriteBufferSize: 512,
	}
	ws, _, err := d.DialContext(ctx, wsURL, nil)
	return ws, err
}

// readAll is io.ReadAll into buf, which keeps its capacity across frames.
func readAll(r io.Reader, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// number parses the decimal digits that follow the first key in b.
func number(b []byte, key string) (int64, bool) {
	i := bytes.Index(b, []byte(key))
	if i < 0 {
		return 0, false
	}
	var v int64
	digits := 0
	for _, c := range b[i+len(key):] {
		if c < '0' || c > '9' {
			break
		}
		v = v*10 + int64(c-'0')
		digits++
	}
	return v, digits > 0
}

// close ends every connection and waits for the pollers.
func (f *fleet) close() {
	f.stopping.Store(true)
	f.wg.Wait()
	for _, sc := range f.screens {
		switch {
		case sc == nil:
		case sc.fd >= 0:
			syscall.Close(sc.fd)
			sc.fd = -1
		default:
			sc.ws.Close()
		}
	}
	for _, ep := range f.eps {
		syscall.Close(ep)
	}
	f.eps = nil
}

// results gathers every screen's latencies and counts the screens that
// got fewer than each events and the duplicates; call it after close.
func (f *fleet) results(each int) (all []float64, short, dupes int) {
	for _, sc := range f.screens {
		all = append(all, sc.latency...)
		dupes += sc.dupes
		if len(sc.latency) < each {
			short++
		}
	}
	return all, short, dupes
}

// perPublish returns the median latency of the first publish, and which
// publish had the worst median and what it was: a slow first publish
// points at warm-up, a slow later one at a backlog. Screens get events in
// order, so a screen's k-th latency belongs to publish k.
func (f *fleet) perPublish() (first float64, worst int, worstP50 float64) {
	var byPublish [][]float64
	for _, sc := range f.screens {
		for k, l := range sc.latency {
			if k == len(byPublish) {
				byPublish = append(byPublish, nil)
			}
			byPublish[k] = append(byPublish[k], l)
		}
	}
	for k, ls := range byPublish {
		m := median(ls)
		if k == 0 {
			first = m
		}
		if m > worstP50 {
			worst, worstP50 = k, m
		}
	}
	return first, worst, worstP50
}
