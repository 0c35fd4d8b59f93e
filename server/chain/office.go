package chain

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"storecast/app/content"
	"storecast/server/coupon"
	"storecast/server/points"
	"storecast/server/store"
)

// OfficeConfig is what head office needs to run the chain.
type OfficeConfig struct {
	Store *store.Store // head office's database, with store.HeadOffice as its chain role
	Conn  *nats.Conn   // a client connection to the cluster (JetStream domain hq)
	JS    jetstream.JetStream
	ID    string        // head office's id (its store.StoreID)
	Codec *coupon.Codec // chain coupons (coupon.NewChainCodec)
	// Points is the chain's ledger of members and points, which stores
	// reach through head office; nil: stores' points requests go
	// unanswered.
	Points *points.Ledger
	// Replicas is how many servers of the cluster hold each stream of the
	// chain: 3 for the three-server cluster, 1 for a trial on one server.
	Replicas int
	Log      *slog.Logger
}

// Office is head office's part of the chain: it publishes chain content
// (CHAIN_CONTENT), sources and counts every store's reports (CHAIN_UP),
// keeps the list of stores, claims and redeems chain coupons, and keeps
// the chain's ledger of members and points.
type Office struct {
	cfg     OfficeConfig
	content *streamFeed
	up      jetstream.Stream
	subs    []*nats.Subscription
	stop    func()

	mu       sync.Mutex // serialises changes to upStream's sources
	sourced  map[string]bool
	revived  map[string]time.Time // when each store's source was last restarted
	upInfo   *jetstream.StreamInfo
	upInfoAt time.Time
	// staleSource and reviveEvery, as fields so a test can restart
	// sources on every heartbeat.
	staleSource, reviveEvery time.Duration
	revivals                 int // sources restarted
	closed                   chan struct{}
	checking                 sync.WaitGroup // checks that restarted sources came back
}

// queue is head office's queue group: should two run by mistake, each
// request is answered once.
const queue = "hq"

// Open makes head office's streams, if new, and starts answering the
// stores and counting their reports. Close stops it.
func Open(ctx context.Context, cfg OfficeConfig) (*Office, error) {
	if cfg.Replicas < 1 {
		cfg.Replicas = 1
	}
	_, err := openStream(ctx, cfg.JS, jetstream.StreamConfig{
		Name: contentStream, Subjects: []string{contentSubjects},
		Storage: jetstream.FileStorage, Replicas: cfg.Replicas,
	})
	if err != nil {
		return nil, err
	}
	up, err := openStream(ctx, cfg.JS, jetstream.StreamConfig{
		Name: upStream, Storage: jetstream.FileStorage, Replicas: cfg.Replicas, MaxAge: upKeep,
	})
	if err != nil {
		return nil, err
	}
	o := &Office{cfg: cfg, up: up, sourced: map[string]bool{}, revived: map[string]time.Time{},
		staleSource: staleSource, reviveEvery: reviveEvery, closed: make(chan struct{}),
		content: &streamFeed{js: cfg.JS, stream: contentStream, subject: contentSubject}}
	for _, s := range up.CachedInfo().Config.Sources {
		if id, ok := sourcedStore(s); ok {
			o.sourced[id] = true
		}
	}
	handlers := map[string]nats.MsgHandler{
		helloSubject: o.hello, heartbeatSubject + "*": o.heartbeat,
		claimSubject: o.claim, redeemSubject: o.redeem, couponSubject: o.coupon,
	}
	if cfg.Points != nil {
		handlers[pointsSubject+">"] = o.servePoints
	}
	for subject, fn := range handlers {
		sub, err := cfg.Conn.QueueSubscribe(subject, queue, fn)
		if err != nil {
			o.Close()
			return nil, fmt.Errorf("chain: subscribe %s: %w", subject, err)
		}
		o.subs = append(o.subs, sub)
	}
	a := &applier{js: cfg.JS, stream: upStream, durable: "hq", apply: o.applyUp, log: cfg.Log}
	o.stop = a.start(context.WithoutCancel(ctx))
	return o, nil
}

// Close stops answering and counting; the streams stay in the cluster.
func (o *Office) Close() {
	for _, s := range o.subs {
		_ = s.Unsubscribe()
	}
	if o.stop != nil {
		o.stop()
	}
	close(o.closed)
	o.checking.Wait()
}

// ContentFeed is where head office's outbox rows for the stores go (the
// outbox's route for store.StreamChain).
func (o *Office) ContentFeed() *streamFeed { return o.content }

func contentSubject(data json.RawMessage) string {
	var it content.ChainItem
	_ = json.Unmarshal(data, &it)
	return "chain.content." + token(it.Event.Op)
}

// applyUp counts one report of a store.
func (o *Office) applyUp(ctx context.Context, msg jetstream.Msg) error {
	id := msg.Headers().Get(jetstream.MsgIDHeader)
	origin, row, ok := parseMsgID(id)
	if !ok {
		o.cfg.Log.Error("chain: a store's report has no usable id; skipped", slog.String("id", id), slog.String("subject", msg.Subject()))
		return nil
	}
	var e content.UpEvent
	if err := json.Unmarshal(msg.Data(), &e); err != nil {
		o.cfg.Log.Error("chain: a store's report is not a report; skipped", slog.String("id", id), slog.Any("err", err))
		return nil
	}
	_, err := o.cfg.Store.ApplyUp(ctx, origin, row, e)
	return err
}
