package harness

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"storecast/server/bus/bustest"
)

// NATS is one running `storecast nats --config FILE` process: a server of
// head office's cluster.
type NATS struct {
	*process
	Config string // its nats-server configuration file
}

// natsRunning is what `storecast nats` logs once its server listens.
const natsRunning = "nats server running"

// StartNATS runs `storecast nats --config config` and returns once the
// server listens (a cluster's JetStream may still be electing its leader).
func StartNATS(ctx context.Context, binary, config string) (*NATS, error) {
	p, stdout, err := startProcess(binary, []string{"nats", "--config", config}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("harness: nats: %w", err)
	}
	go io.Copy(io.Discard, stdout)
	n := &NATS{process: p, Config: config}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-n.gone:
			cancel() // no use waiting for a server that exited
		case <-ctx.Done():
		}
	}()
	err = Poll(ctx, startWait, 20*time.Millisecond, func() error {
		if !strings.Contains(n.Log(), natsRunning) {
			return errors.New("not listening yet")
		}
		return nil
	})
	if err != nil {
		n.Kill()
		return nil, fmt.Errorf("harness: nats %s: %w\n%s", config, err, n.Log())
	}
	return n, nil
}

// Stop sends SIGTERM and waits for a clean exit (see Server.Stop).
func (n *NATS) Stop() error {
	if !n.markEnded() {
		return nil
	}
	return n.terminate()
}

// Kill ends the server with SIGKILL: a server of the cluster lost.
func (n *NATS) Kill() error { return n.kill() }

// natsConf is one server of head office's cluster: routes to every
// server, a leaf node listener for the stores that tells them of no other
// server (no_advertise: a store whose only URL is a proxy stays behind
// it), and JetStream in domain hq.
const natsConf = `server_name: hq-%d
listen: 127.0.0.1:%d
cluster { name: hq, listen: 127.0.0.1:%d, routes: [%s] }
leafnodes { listen: 127.0.0.1:%d, no_advertise: true }
jetstream { store_dir: %q, domain: hq }
`

// NATSPorts are one cluster server's ports.
type NATSPorts struct{ Client, Route, Leaf int }

// Cluster is head office's cluster of `storecast nats` servers. Its ports
// are chosen first (the routes name every server) and kept.
type Cluster struct {
	Nodes []*NATS
	Ports []NATSPorts
}

// StartCluster starts n servers of a cluster, their configuration files
// and JetStream stores in dir, and returns once the cluster's JetStream
// answers (it has elected its leader).
func StartCluster(ctx context.Context, binary, dir string, n int) (*Cluster, error) {
	c := &Cluster{Nodes: make([]*NATS, n), Ports: make([]NATSPorts, n)}
	var routes []string
	for i := range c.Ports {
		for _, p := range []*int{&c.Ports[i].Client, &c.Ports[i].Route, &c.Ports[i].Leaf} {
			port, err := bustest.FreePort()
			if err != nil {
				return nil, err
			}
			*p = port
		}
		routes = append(routes, fmt.Sprintf("nats-route://127.0.0.1:%d", c.Ports[i].Route))
	}
	for i, p := range c.Ports {
		path := filepath.Join(dir, fmt.Sprintf("hq-%d.conf", i+1))
		conf := fmt.Sprintf(natsConf, i+1, p.Client, p.Route, strings.Join(routes, ", "), p.Leaf, filepath.Join(dir, fmt.Sprintf("js-%d", i+1)))
		if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
			c.Stop()
			return nil, fmt.Errorf("harness: cluster: %w", err)
		}
		node, err := StartNATS(ctx, binary, path)
		if err != nil {
			c.Stop()
			return nil, err
		}
		c.Nodes[i] = node
	}
	if err := c.awaitJetStream(ctx); err != nil {
		c.Stop()
		return nil, err
	}
	return c, nil
}

// awaitJetStream waits until the cluster's JetStream answers a client.
func (c *Cluster) awaitJetStream(ctx context.Context) error {
	nc, err := nats.Connect(strings.Join(c.ClientURLs(), ","), nats.Name("harness"))
	if err != nil {
		return fmt.Errorf("harness: cluster: %w", err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return fmt.Errorf("harness: cluster: %w", err)
	}
	err = Poll(ctx, time.Minute, 100*time.Millisecond, func() error {
		actx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		_, err := js.AccountInfo(actx)
		return err
	})
	if err != nil {
		return fmt.Errorf("harness: the cluster's JetStream has no leader: %w", err)
	}
	return nil
}

// ClientURLs are where head office's storecast connects (--nats), and
// LeafURLs where the stores do (--hq): every server's, running or not.
func (c *Cluster) ClientURLs() []string {
	return c.urls("nats", func(p NATSPorts) int { return p.Client })
}

func (c *Cluster) LeafURLs() []string {
	return c.urls("nats-leaf", func(p NATSPorts) int { return p.Leaf })
}

func (c *Cluster) urls(scheme string, port func(NATSPorts) int) []string {
	out := make([]string, len(c.Ports))
	for i, p := range c.Ports {
		out[i] = fmt.Sprintf("%s://127.0.0.1:%d", scheme, port(p))
	}
	return out
}

// Stop stops every server still running and says what went wrong.
func (c *Cluster) Stop() error {
	var errs []error
	for _, n := range c.Nodes {
		if n != nil {
			errs = append(errs, n.Stop())
		}
	}
	return errors.Join(errs...)
}
