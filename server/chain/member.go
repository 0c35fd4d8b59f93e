package chain

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"storecast/app/content"
	"storecast/server/store"
)

// MemberConfig is what a store needs to take part in a chain.
type MemberConfig struct {
	Store *store.Store // its database, with store.Member as its chain role
	Conn  *nats.Conn   // its connection to its own server, a leaf of head office's cluster
	JS    jetstream.JetStream
	ID    string // the store's id (store.StoreID)
	Name  string // how head office lists it
	// Region groups stores for targeting and reports; "" for none.
	Region  string
	Version string // the store's storecast
	// Screens reports the screens online now and their app versions, for
	// the heartbeat; nil reports none.
	Screens func() (online int, appVersions map[string]int)
	// Heartbeat is how often the store tells head office it is alive; 0
	// is 30 seconds.
	Heartbeat time.Duration
	// Wait bounds every request to head office (a hello, a chain
	// coupon); 0 is 3 seconds.
	Wait time.Duration
	// Uplink reports whether the store's link to head office is up (its
	// server's leaf node connection); nil never looks. When the link
	// returns the store resumes both directions at once (member_relink.go).
	Uplink func() bool
	// LinkCheck is how often Uplink is asked; 0 is a second.
	LinkCheck time.Duration
	Log       *slog.Logger
}

// Member is a store's part of the chain: it applies head office's content
// as it arrives (HQ_IN), keeps its reports for head office (UP), and
// announces itself.
type Member struct {
	cfg  MemberConfig
	up   *streamFeed
	stop []func()

	mu       sync.Mutex
	hq       string       // head office's id, once a hello was answered
	revivals atomic.Int64 // HQ_IN's source restarted when the link returned
}

// Join makes the store's chain streams, if new, and starts applying head
// office's content and announcing the store. Close stops both.
func Join(ctx context.Context, cfg MemberConfig) (*Member, error) {
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = 30 * time.Second
	}
	if cfg.Wait <= 0 {
		cfg.Wait = 3 * time.Second
	}
	if cfg.LinkCheck <= 0 {
		cfg.LinkCheck = linkCheck
	}
	if err := validID(cfg.ID); err != nil {
		return nil, fmt.Errorf("chain: join: %w", err)
	}
	_, err := openStream(ctx, cfg.JS, jetstream.StreamConfig{
		Name: storeUpStream, Subjects: []string{storeUpSubjects(cfg.ID)},
		Storage: jetstream.FileStorage, MaxAge: upKeep,
	})
	if err != nil {
		return nil, err
	}
	_, err = openStream(ctx, cfg.JS, jetstream.StreamConfig{
		Name: inStream, Storage: jetstream.FileStorage, MaxAge: inKeep,
		Sources: []*jetstream.StreamSource{{
			Name: contentStream, External: &jetstream.ExternalStream{APIPrefix: apiPrefix(HQDomain)},
		}},
	})
	if err != nil {
		return nil, err
	}
	m := &Member{cfg: cfg, up: &streamFeed{js: cfg.JS, stream: storeUpStream, subject: upSubject(cfg.ID)}}
	a := &applier{js: cfg.JS, stream: inStream, durable: "store", apply: m.applyContent, log: cfg.Log}
	m.stop = append(m.stop, a.start(context.WithoutCancel(ctx)), m.announce(context.WithoutCancel(ctx)))
	return m, nil
}

// Close stops applying and announcing; the streams stay on disk.
func (m *Member) Close() {
	for _, stop := range m.stop {
		stop()
	}
}

// UpFeed is where the store's outbox rows for head office go (the
// outbox's route for store.StreamUp).
func (m *Member) UpFeed() *streamFeed { return m.up }

func upSubject(id string) func(json.RawMessage) string {
	return func(data json.RawMessage) string {
		var e content.UpEvent
		_ = json.Unmarshal(data, &e)
		return "up." + id + "." + token(e.Kind)
	}
}

// applyContent applies one change of head office's content.
func (m *Member) applyContent(ctx context.Context, msg jetstream.Msg) error {
	id := msg.Headers().Get(jetstream.MsgIDHeader)
	origin, row, ok := parseMsgID(id)
	if !ok {
		m.cfg.Log.Error("chain: head office's message has no usable id; skipped", slog.String("id", id))
		return nil
	}
	var it content.ChainItem
	if err := json.Unmarshal(msg.Data(), &it); err != nil {
		m.cfg.Log.Error("chain: head office's message is not a chain item; skipped", slog.String("id", id), slog.Any("err", err))
		return nil
	}
	mine := it.Targets.Includes(m.cfg.ID, m.cfg.Region)
	_, err := m.cfg.Store.ApplyHQ(ctx, origin, row, it.Event, mine)
	return err
}
