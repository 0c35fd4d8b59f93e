package chain

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// HQDomain is the JetStream domain of head office's cluster.
const HQDomain = "hq"

// StoreDomain is a store's JetStream domain: its own, so its streams stay
// local when its uplink is down.
func StoreDomain(id string) string { return "store-" + id }

// apiPrefix is where another domain's JetStream API is reached.
func apiPrefix(domain string) string { return "$JS." + domain + ".API" }

// The streams of a chain. At head office, in the cluster (replicated):
// contentStream holds every change of chain content, upStream every
// store's reports. In each store, on its own server: inStream sources
// contentStream across the leaf, storeUpStream holds the store's reports
// until upStream has sourced them.
const (
	contentStream   = "CHAIN_CONTENT"
	upStream        = "CHAIN_UP"
	inStream        = "HQ_IN"
	storeUpStream   = "UP"
	contentSubjects = "chain.content.>"
)

// How long each stream keeps what it holds. contentStream keeps every
// change for good: a store that joins later replays the chain's whole
// history. A store's reports wait in storeUpStream for up to upKeep while
// its uplink is down; what head office has sourced it keeps for upKeep
// too, after counting it.
const (
	inKeep = 30 * 24 * time.Hour
	upKeep = 90 * 24 * time.Hour
)

// storeUpSubjects are a store's reports: up.<store id>.<kind>.
func storeUpSubjects(id string) string { return "up." + id + ".>" }

// openStream returns the stream named in cfg, creating it as cfg says if
// it does not exist. An existing stream is left as it is: head office
// adds sources to upStream as stores join, which cfg does not list.
func openStream(ctx context.Context, js jetstream.JetStream, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	s, err := js.Stream(ctx, cfg.Name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		s, err = js.CreateStream(ctx, cfg)
	}
	if err != nil {
		return nil, fmt.Errorf("chain: stream %s: %w", cfg.Name, err)
	}
	return s, nil
}
