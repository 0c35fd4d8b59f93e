package chain

import (
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"storecast/server/bus"
	"storecast/server/bus/bustest"
)

// waitFor polls fn until it returns nil or within passes.
func waitFor(t testing.TB, within time.Duration, fn func() error) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		err := fn()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not within %v: %v", within, err)
		}
		time.Sleep(20 * time.Millisecond) // polling, with a deadline
	}
}

// cluster is head office's three servers, in process, each from a
// configuration file as `storecast nats --config` reads it. A JetStream
// cluster needs its routes configured, so the ports are chosen first and
// kept: a server restarted comes back where it was. The servers do not
// tell leaf nodes of each other (no_advertise), so a store whose only URL
// is a proxy stays behind it when the test cuts the proxy.
type cluster struct {
	t     testing.TB
	dir   string
	nodes []*bus.Node // nil while stopped
	ports [][3]int    // client, cluster, leaf port of each server
}

const nodeConf = `server_name: hq-%d
listen: 127.0.0.1:%d
cluster { name: hq, listen: 127.0.0.1:%d, routes: [%s] }
leafnodes { listen: 127.0.0.1:%d, no_advertise: true }
jetstream { store_dir: %q, domain: hq }
`

func startCluster(t testing.TB, n int) *cluster {
	t.Helper()
	c := &cluster{t: t, dir: t.TempDir(), nodes: make([]*bus.Node, n), ports: make([][3]int, n)}
	for i := range c.ports {
		for j := range c.ports[i] {
			c.ports[i][j] = freePort(t)
		}
	}
	for i := range n {
		c.start(i)
	}
	t.Cleanup(func() {
		for _, n := range c.nodes {
			if n != nil {
				n.Shutdown()
			}
		}
	})
	return c
}

// freePort is bustest.FreePort: ports are chosen before the servers
// start (routes name them all) and kept across a restart.
func freePort(t testing.TB) int {
	t.Helper()
	p, err := bustest.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (c *cluster) start(i int) {
	c.t.Helper()
	var routes []string
	for _, p := range c.ports {
		routes = append(routes, fmt.Sprintf("nats-route://127.0.0.1:%d", p[1]))
	}
	path := filepath.Join(c.dir, fmt.Sprintf("hq-%d.conf", i+1))
	p := c.ports[i]
	body := fmt.Sprintf(nodeConf, i+1, p[0], p[1], strings.Join(routes, ", "), p[2], filepath.Join(c.dir, fmt.Sprintf("js-%d", i+1)))
	if len(c.ports) == 1 { // one server is no cluster: JetStream would wait for peers
		body = regexp.MustCompile(`(?m)^cluster .*\n`).ReplaceAllString(body, "")
	}
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		c.t.Fatal(err)
	}
	opts, err := bus.LoadNode(path)
	if err != nil {
		c.t.Fatal(err)
	}
	n, err := bus.StartNode(opts, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	c.nodes[i] = n
}

func (c *cluster) stop(i int) {
	c.nodes[i].Shutdown()
	c.nodes[i] = nil
}

// clientURLs and leafURLs are the running servers'.
func (c *cluster) clientURLs() []string { return c.urls((*bus.Node).ClientURL) }
func (c *cluster) leafURLs() []string   { return c.urls((*bus.Node).LeafURL) }

func (c *cluster) urls(of func(*bus.Node) string) []string {
	var out []string
	for _, n := range c.nodes {
		if n != nil {
			out = append(out, of(n))
		}
	}
	return out
}

// proxy stands between a store and one server of the cluster, so the
// test can cut the store's uplink and restore it.
type proxy struct {
	t      testing.TB
	addr   string
	target string

	mu    sync.Mutex
	ln    net.Listener
	conns []net.Conn
}

func newProxy(t testing.TB, target string) *proxy {
	t.Helper()
	p := &proxy{t: t, target: strings.TrimPrefix(target, "nats-leaf://")}
	p.listen("127.0.0.1:0")
	p.addr = p.ln.Addr().String()
	t.Cleanup(p.cut)
	return p
}

func (p *proxy) url() string { return "nats-leaf://" + p.addr }

func (p *proxy) listen(addr string) {
	p.t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go p.accept(ln)
}

func (p *proxy) accept(ln net.Listener) {
	for {
		in, err := ln.Accept()
		if err != nil {
			return
		}
		out, err := net.Dial("tcp", p.target)
		if err != nil {
			in.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, in, out)
		p.mu.Unlock()
		go func() { io.Copy(out, in); out.Close() }()
		go func() { io.Copy(in, out); in.Close() }()
	}
}

// cut closes the listener and every connection: the uplink is down.
func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// restore listens again on the same address.
func (p *proxy) restore() { p.listen(p.addr) }
