package command

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

// Chain roles of `storecast serve --role`.
const (
	RoleStore = "store" // a store: on its own, or a member of a chain with --hq
	RoleHQ    = "hq"    // head office of a chain
)

// ChainConfig is where this server stands in a chain of stores. The zero
// value is a store on its own: nothing of this runs.
type ChainConfig struct {
	Role string // RoleStore or RoleHQ
	// A member store: head office's leaf node URLs (nats-leaf:// or
	// tls://), the .creds file it presents there and the CA bundle its
	// certificate chains to.
	HQ       []string
	HQCreds  string
	HQCA     string
	Name     string // how head office lists the store ("" : its id)
	Region   string // its region, for targeting and reports
	NATS     []string
	NATSCred string // head office: the cluster's client URLs, .creds and CA
	NATSCA   string
	Replicas int // head office: copies of each chain stream in the cluster
}

// Member reports whether this server is a store of a chain.
func (c ChainConfig) Member() bool { return c.Role == RoleStore && len(c.HQ) > 0 }

func chainFlags(fs *flag.FlagSet, cfg *Config, getenv func(string) string) {
	c := &cfg.Chain
	fs.StringVar(&c.Role, "role", envOr(getenv, "STORECAST_ROLE", RoleStore), "store or hq: a store (alone, or in a chain with --hq) or a chain's head office (STORECAST_ROLE)")
	fs.Func("hq", "a store in a chain: head office's leaf node URL, e.g. tls://hq.example:7422; repeat or comma-separate for each server (STORECAST_HQ)", listFlag(&c.HQ))
	fs.StringVar(&c.HQCreds, "hq-creds", getenv("STORECAST_HQ_CREDS"), "the store's NATS credentials file for head office (STORECAST_HQ_CREDS)")
	fs.StringVar(&c.HQCA, "hq-ca", getenv("STORECAST_HQ_CA"), "PEM bundle head office's certificate chains to; turns TLS on (STORECAST_HQ_CA)")
	fs.StringVar(&c.Name, "store-name", getenv("STORECAST_STORE_NAME"), "how head office lists this store (STORECAST_STORE_NAME)")
	fs.StringVar(&c.Region, "region", getenv("STORECAST_REGION"), "this store's region, for head office's targets and reports (STORECAST_REGION)")
	fs.Func("nats", "head office: the cluster's client URL, e.g. nats://10.0.0.1:4222; repeat or comma-separate (STORECAST_NATS)", listFlag(&c.NATS))
	fs.StringVar(&c.NATSCred, "nats-creds", getenv("STORECAST_NATS_CREDS"), "head office: its NATS credentials file for the cluster (STORECAST_NATS_CREDS)")
	fs.StringVar(&c.NATSCA, "nats-ca", getenv("STORECAST_NATS_CA"), "head office: PEM bundle the cluster's certificates chain to (STORECAST_NATS_CA)")
	fs.IntVar(&c.Replicas, "replicas", 3, "head office: servers of the cluster holding each chain stream (1 or 3)")
	if v := getenv("STORECAST_HQ"); v != "" {
		c.HQ = splitList(v)
	}
	if v := getenv("STORECAST_NATS"); v != "" {
		c.NATS = splitList(v)
	}
}

// listFlag appends each comma-separated value; the first use replaces
// what the environment gave.
func listFlag(dst *[]string) func(string) error {
	fromFlag := false
	return func(v string) error {
		if !fromFlag {
			*dst, fromFlag = nil, true
		}
		*dst = append(*dst, splitList(v)...)
		return nil
	}
}

func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (c *Config) validateChain() error {
	ch := c.Chain
	switch ch.Role {
	case RoleStore:
		if len(ch.NATS) > 0 {
			return errors.New("config: --nats is head office's (--role hq); a store reaches head office with --hq")
		}
		if len(ch.HQ) == 0 && (ch.HQCreds != "" || ch.HQCA != "") {
			return errors.New("config: --hq-creds and --hq-ca need --hq")
		}
	case RoleHQ:
		if len(ch.NATS) == 0 {
			return errors.New("config: --role hq needs --nats, the cluster's client URLs")
		}
		if len(ch.HQ) > 0 {
			return errors.New("config: --hq is a store's; head office reaches its cluster with --nats")
		}
		if ch.Replicas != 1 && ch.Replicas != 3 {
			return fmt.Errorf("config: --replicas %d: use 3 (a three-server cluster) or 1 (a trial on one server)", ch.Replicas)
		}
	default:
		return fmt.Errorf("config: --role %q: use store or hq", ch.Role)
	}
	return nil
}
