package e2e

import (
	"math/rand/v2"
	"net"
	"slices"
	"sync"
	"testing"
	"time"
)

// chaosProxy is a TCP proxy on loopback between screens and the server
// that can cut connections and stall them, to play the shop's Wi-Fi. It
// knows nothing of HTTP or WebSocket: it forwards bytes. Which connections
// it hits is chosen by the caller's seeded *rand.Rand over the connections
// in accept order, so a failing run can be replayed with the same seed
// (timing still varies, so a replay is likely, not certain, to fail the
// same way).
type chaosProxy struct {
	URL    string // http://127.0.0.1:port
	ln     net.Listener
	target string

	mu       sync.Mutex
	links    map[*link]struct{}
	next     int // accept order of the next link
	accepted int
	cut      int
	stalled  int
	closed   bool
	refusing bool // down: new connections are closed at once
	wg       sync.WaitGroup
}

// link is one proxied connection.
type link struct {
	id             int
	client, server net.Conn
	gone           chan struct{} // closed when cut
	once           sync.Once

	mu         sync.Mutex
	stallUntil time.Time
	changed    chan struct{} // closed (and replaced) when stallUntil moves
}

// startProxy listens on 127.0.0.1:0 and forwards to target (host:port)
// until the test ends.
func startProxy(t *testing.T, target string) *chaosProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &chaosProxy{URL: "http://" + ln.Addr().String(), ln: ln, target: target, links: make(map[*link]struct{})}
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(p.close)
	return p
}

func (p *chaosProxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		refusing := p.refusing
		p.mu.Unlock()
		if refusing {
			c.Close() // the link is down: the dialer sees its connection end
			continue
		}
		s, err := net.DialTimeout("tcp", p.target, 5*time.Second)
		if err != nil {
			c.Close() // the server is down: the screen sees a reset
			continue
		}
		l := &link{client: c, server: s, gone: make(chan struct{}), changed: make(chan struct{})}
		p.mu.Lock()
		if p.closed {
			p.mu.Unlock()
			l.cut()
			continue
		}
		l.id = p.next
		p.next++
		p.accepted++
		p.links[l] = struct{}{}
		p.wg.Add(2)
		p.mu.Unlock()
		go p.pipe(l, l.server, l.client)
		go p.pipe(l, l.client, l.server)
	}
}

// pipe copies src to dst, holding bytes back while the link is stalled.
// Either direction ending ends the link (no half-close; neither HTTP/1.1
// nor WebSocket here needs one).
func (p *chaosProxy) pipe(l *link, dst, src net.Conn) {
	defer p.wg.Done()
	defer p.drop(l)
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if !l.waitStall() {
				return
			}
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// waitStall holds the caller while the link is stalled; false if the link
// was cut meanwhile.
func (l *link) waitStall() bool {
	for {
		l.mu.Lock()
		d, changed := time.Until(l.stallUntil), l.changed
		l.mu.Unlock()
		if d <= 0 {
			return true
		}
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-changed:
			t.Stop()
		case <-l.gone:
			t.Stop()
			return false
		}
	}
}

// setStall sets when the link may forward again and wakes its pipes.
func (l *link) setStall(until time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stallUntil = until
	close(l.changed)
	l.changed = make(chan struct{})
}

func (l *link) cut() {
	l.once.Do(func() {
		close(l.gone)
		l.client.Close()
		l.server.Close()
	})
}

func (p *chaosProxy) drop(l *link) {
	l.cut()
	p.mu.Lock()
	delete(p.links, l)
	p.mu.Unlock()
}

// open returns the live links in accept order.
func (p *chaosProxy) open() []*link {
	p.mu.Lock()
	defer p.mu.Unlock()
	ls := make([]*link, 0, len(p.links))
	for l := range p.links {
		ls = append(ls, l)
	}
	slices.SortFunc(ls, func(a, b *link) int { return a.id - b.id })
	return ls
}

// cutAll drops every open connection, as a Wi-Fi access point reboot would.
func (p *chaosProxy) cutAll() {
	for _, l := range p.open() {
		p.cutOne(l)
	}
}

// down cuts every connection and closes each new one at once until up:
// a link that stays down, however often the other end redials.
func (p *chaosProxy) down() {
	p.mu.Lock()
	p.refusing = true
	p.mu.Unlock()
	p.cutAll()
}

// up forwards new connections again.
func (p *chaosProxy) up() {
	p.mu.Lock()
	p.refusing = false
	p.mu.Unlock()
}

// cutSome drops each open connection with probability frac.
func (p *chaosProxy) cutSome(rng *rand.Rand, frac float64) {
	for _, l := range p.open() {
		if rng.Float64() < frac {
			p.cutOne(l)
		}
	}
}

func (p *chaosProxy) cutOne(l *link) {
	p.mu.Lock()
	p.cut++
	p.mu.Unlock()
	l.cut()
}

// stallSome stops forwarding on each open connection with probability frac
// for a random time up to max: bytes wait in the proxy and TCP buffers fill.
func (p *chaosProxy) stallSome(rng *rand.Rand, frac float64, max time.Duration) {
	for _, l := range p.open() {
		if rng.Float64() >= frac {
			continue
		}
		d := time.Duration(rng.Int64N(int64(max)) + 1)
		l.setStall(time.Now().Add(d))
		p.mu.Lock()
		p.stalled++
		p.mu.Unlock()
	}
}

// heal lifts every stall; connections are left as they are.
func (p *chaosProxy) heal() {
	for _, l := range p.open() {
		l.setStall(time.Time{})
	}
}

// stats returns how many connections the proxy accepted, cut and stalled.
func (p *chaosProxy) stats() (accepted, cut, stalled int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.accepted, p.cut, p.stalled
}

func (p *chaosProxy) close() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.ln.Close()
	p.cutAll()
	p.wg.Wait()
}
