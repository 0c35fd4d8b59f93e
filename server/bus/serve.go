package bus

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strconv"

	natsserver "github.com/nats-io/nats-server/v2/server"
)

// Serve runs one server of head office's cluster from a nats-server
// configuration file (`storecast nats --config FILE`) until ctx ends.
func Serve(ctx context.Context, path string, log *slog.Logger) error {
	opts, err := LoadNode(path)
	if err != nil {
		return err
	}
	n, err := StartNode(opts, log)
	if err != nil {
		return err
	}
	log.Info("nats server running", slog.String("name", n.srv.Name()), slog.String("domain", opts.JetStreamDomain))
	<-ctx.Done()
	n.Shutdown()
	return nil
}

// LoadNode reads a nats-server configuration file exactly as nats-server
// does, so a stock nats-server (2.10 or newer) runs the same file. One
// difference: a file that sets no client port listens for no clients,
// where nats-server would take 4222. Cluster routes, leaf nodes and
// monitoring listen only when configured, in both.
func LoadNode(path string) (*natsserver.Options, error) {
	opts, err := natsserver.ProcessConfigFile(path)
	if err != nil {
		return nil, fmt.Errorf("bus: %w", err)
	}
	if opts.Port == 0 && opts.Host == "" {
		opts.DontListen = true
	}
	opts.NoSigs = true // the command owns signals: its ctx ends on SIGINT and SIGTERM
	return opts, nil
}

// Node is a running server of head office's cluster.
type Node struct {
	srv  *natsserver.Server
	opts *natsserver.Options // the server writes the ports it took (-1) back here
}

// StartNode runs a cluster server with opts.
func StartNode(opts *natsserver.Options, log *slog.Logger) (*Node, error) {
	srv, err := natsserver.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("bus: %w", err)
	}
	first := newFirstError()
	srv.SetLoggerV2(clusterLogger{logger{orDiscard(log), first}}, false, false, false)
	srv.Start()
	if !ready(srv, first) {
		srv.Shutdown()
		return nil, fmt.Errorf("bus: server %s not ready within %v%s", opts.ServerName, readyWithin, first.why())
	}
	return &Node{srv: srv, opts: opts}, nil
}

// ClientURL is where clients (head office's storecast) connect.
func (n *Node) ClientURL() string { return n.srv.ClientURL() }

// LeafURL is where stores' leaf nodes connect ("" when not listening).
func (n *Node) LeafURL() string {
	if n.opts.LeafNode.Port <= 0 {
		return ""
	}
	host := n.opts.LeafNode.Host
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "nats-leaf://" + net.JoinHostPort(host, strconv.Itoa(n.opts.LeafNode.Port))
}

// ClusterURL is where the other servers of the cluster route to.
func (n *Node) ClusterURL() string {
	if a := n.srv.ClusterAddr(); a != nil {
		return "nats-route://" + a.String()
	}
	return ""
}

// LeafNodes counts the stores connected to this server.
func (n *Node) LeafNodes() int { return n.srv.NumLeafNodes() }

// JetStreamReady reports whether the cluster's JetStream has a leader, as
// seen from this server.
func (n *Node) JetStreamReady() bool {
	return n.srv.JetStreamEnabled() && (!n.srv.JetStreamIsClustered() || n.srv.JetStreamIsCurrent())
}

// Shutdown stops the server and waits for it.
func (n *Node) Shutdown() {
	n.srv.Shutdown()
	n.srv.WaitForShutdown()
}

// clusterLogger is logger with notices at info: on a cluster server they
// are the operator's news (routes and leaf nodes coming and going).
type clusterLogger struct{ logger }

func (l clusterLogger) Noticef(format string, v ...any) {
	l.log.Info("nats: " + fmt.Sprintf(format, v...))
}
