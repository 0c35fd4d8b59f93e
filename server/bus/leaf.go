package bus

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/url"
	"os"
	"time"

	natsserver "github.com/nats-io/nats-server/v2/server"
)

// Leaf is a store's uplink: the embedded server dials head office's
// cluster as a leaf node. Nothing listens for it.
type Leaf struct {
	// URLs are the cluster's leaf node listeners (nats-leaf://, nats:// or
	// tls://host:7422); the server tries them in turn.
	URLs []string
	// Credentials is a NATS .creds file (a user JWT and its seed); "" when
	// the URLs carry a user and password, or the cluster asks for none.
	Credentials string
	// CAFile is a PEM bundle the cluster's certificate must chain to; it
	// turns TLS on. Without it TLS is on for tls:// URLs (with the
	// system's roots) or when the cluster requires it.
	CAFile string
	// Reconnect is how long the server waits between attempts when the
	// link is down; 0 is nats-server's default (one second).
	Reconnect time.Duration
}

// localSubjects never cross the leaf link, either way. Every store has
// streams and consumers of the same names, so the same subjects: its
// screens' feeds (server/hub's sc.feed.<feed>) and the acknowledgements
// of its consumers ($JS.ACK.<stream>.<consumer>.…). Let through, a
// store's publish would also land in every other store's feed, and its
// acknowledgements would acknowledge other stores' messages. Sourcing
// across the link acknowledges nothing (its consumers ack none), so it
// needs neither.
var localSubjects = []string{"sc.>", "$JS.ACK.>"}

func (l *Leaf) remote() (*natsserver.RemoteLeafOpts, error) {
	if len(l.URLs) == 0 {
		return nil, errors.New("leaf: no head office URL")
	}
	r := &natsserver.RemoteLeafOpts{Credentials: l.Credentials, DenyImports: localSubjects, DenyExports: localSubjects}
	for _, s := range l.URLs {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return nil, fmt.Errorf("leaf: %q is not a URL like nats-leaf://hq.example:7422", s)
		}
		switch u.Scheme {
		case "tls":
			r.TLS = true
		case "nats", "nats-leaf":
		default:
			return nil, fmt.Errorf("leaf: %q: the scheme must be nats-leaf, nats or tls", s)
		}
		r.URLs = append(r.URLs, u)
	}
	if l.CAFile != "" {
		cfg, err := rootsFrom(l.CAFile)
		if err != nil {
			return nil, fmt.Errorf("leaf: %w", err)
		}
		r.TLS, r.TLSConfig = true, cfg
	}
	return r, nil
}

// rootsFrom is a client TLS config trusting only the PEM bundle in path.
func rootsFrom(path string) (*tls.Config, error) {
	pem, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%s holds no PEM certificate", path)
	}
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}, nil
}
