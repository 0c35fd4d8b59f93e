package hub

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

var _ Broker = (*JetStreamBroker)(nil)

// JetStreamConfig says which feeds a JetStreamBroker serves and how much
// of each it keeps.
type JetStreamConfig struct {
	// Streams are the feeds (content.StreamStore, …); each is one
	// JetStream stream, created on first start.
	Streams []string
	// History is how many messages of each feed are kept, on disk and in
	// memory, for screens to resume from (DefaultHistorySize if < 1).
	History int
	// MaxAge drops messages older than this from disk; 0 keeps them until
	// History pushes them out.
	MaxAge time.Duration
	// Duplicates is how long JetStream remembers a message id; a message
	// published again with the same id within it is stored once. 0: two
	// minutes, JetStream's default.
	Duplicates time.Duration
}

// JetStreamBroker is the Broker on NATS JetStream: each feed is a stream
// on disk, so its history and epoch outlive the process and screens
// resume across a restart by replay. Messages come back from the stream
// through one ordered consumer per feed, which feeds an in-memory copy of
// the history (served to resuming screens without a round trip) and the
// subscribers, in stream order.
type JetStreamBroker struct {
	js      jetstream.JetStream
	streams map[string]*jsStream
}

type jsStream struct {
	name    string // the feed's name
	subject string
	cons    jetstream.ConsumeContext

	mu        sync.Mutex // held across delivery, which is what orders it
	epoch     string
	hist      *history
	subs      []*memorySub
	delivered chan struct{} // closed and replaced after every delivery
}

// epochKey is the stream metadata that holds the feed's epoch: made when
// the stream is created, so it changes only when the stream (and with it
// the history) is lost, not when the process restarts.
const epochKey = "storecast_epoch"

// feedSubject is the subject a feed's messages are published on.
func feedSubject(feed string) string { return "sc.feed." + feed }

// feedStreamName is the JetStream stream that holds a feed.
func feedStreamName(feed string) string { return "FEED_" + feed }

// NewJetStreamBroker creates (or opens) every feed's stream, loads its
// history and starts delivering. It returns once each feed's history is
// in memory.
func NewJetStreamBroker(ctx context.Context, js jetstream.JetStream, cfg JetStreamConfig) (*JetStreamBroker, error) {
	if cfg.History < 1 {
		cfg.History = DefaultHistorySize
	}
	b := &JetStreamBroker{js: js, streams: make(map[string]*jsStream, len(cfg.Streams))}
	for _, feed := range cfg.Streams {
		s, err := b.open(ctx, feed, cfg)
		if err != nil {
			b.Close()
			return nil, err
		}
		b.streams[feed] = s
	}
	return b, nil
}

// open makes sure a feed's stream exists with its epoch and limits, then
// reads its last History messages and keeps consuming.
func (b *JetStreamBroker) open(ctx context.Context, feed string, cfg JetStreamConfig) (*jsStream, error) {
	sc := jetstream.StreamConfig{
		Name:       feedStreamName(feed),
		Subjects:   []string{feedSubject(feed)},
		Storage:    jetstream.FileStorage,
		MaxMsgs:    int64(cfg.History),
		MaxAge:     cfg.MaxAge,
		Duplicates: cfg.Duplicates,
		Discard:    jetstream.DiscardOld,
	}
	st, err := b.js.Stream(ctx, sc.Name)
	switch {
	case errors.Is(err, jetstream.ErrStreamNotFound):
		sc.Metadata = map[string]string{epochKey: newEpoch()}
		st, err = b.js.CreateStream(ctx, sc)
	case err == nil:
		old := st.CachedInfo().Config
		sc.Metadata = old.Metadata
		if sc.Metadata[epochKey] == "" {
			sc.Metadata = map[string]string{epochKey: newEpoch()}
		}
		if old.MaxMsgs != sc.MaxMsgs || old.MaxAge != sc.MaxAge || old.Duplicates != sc.Duplicates || old.Metadata[epochKey] != sc.Metadata[epochKey] {
			st, err = b.js.UpdateStream(ctx, sc)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("hub: stream %q: %w", feed, err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("hub: stream %q: %w", feed, err)
	}
	s := &jsStream{
		name:      feed,
		subject:   feedSubject(feed),
		epoch:     info.Config.Metadata[epochKey],
		hist:      newHistory(cfg.History),
		delivered: make(chan struct{}),
	}
	last := info.State.LastSeq
	oc := jetstream.OrderedConsumerConfig{DeliverPolicy: jetstream.DeliverNewPolicy}
	if info.State.Msgs > 0 {
		first := max(info.State.FirstSeq, last-min(last, uint64(cfg.History))+1)
		s.hist.skipTo(first - 1)
		oc = jetstream.OrderedConsumerConfig{DeliverPolicy: jetstream.DeliverByStartSequencePolicy, OptStartSeq: first}
	} else {
		s.hist.skipTo(last)
	}
	c, err := st.OrderedConsumer(ctx, oc)
	if err != nil {
		return nil, fmt.Errorf("hub: stream %q: consumer: %w", feed, err)
	}
	if s.cons, err = c.Consume(s.deliver); err != nil {
		return nil, fmt.Errorf("hub: stream %q: consume: %w", feed, err)
	}
	if err := s.waitFor(ctx, last); err != nil {
		s.cons.Stop()
		return nil, fmt.Errorf("hub: stream %q: load history: %w", feed, err)
	}
	return s, nil
}

// deliver takes the next message of the stream from the ordered consumer.
func (s *jsStream) deliver(msg jetstream.Msg) {
	md, err := msg.Metadata()
	if err != nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	seq := md.Sequence.Stream
	if seq <= s.hist.head {
		return // already held: the consumer was reset and went back
	}
	if seq != s.hist.head+1 {
		s.hist.skipTo(seq - 1) // a gap: what was between has expired
	}
	m := Message{Stream: s.name, Epoch: s.epoch, Seq: seq, ID: msg.Headers().Get(jetstream.MsgIDHeader), Data: bytes.Clone(msg.Data())}
	s.hist.add(m)
	for _, sub := range s.subs {
		sub.fn(m)
	}
	close(s.delivered)
	s.delivered = make(chan struct{})
}

// waitFor returns once the message with seq has been delivered.
func (s *jsStream) waitFor(ctx context.Context, seq uint64) error {
	for {
		s.mu.Lock()
		head, next := s.hist.head, s.delivered
		s.mu.Unlock()
		if head >= seq {
			return nil
		}
		select {
		case <-next:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (b *JetStreamBroker) stream(name string) (*jsStream, error) {
	s, ok := b.streams[name]
	if !ok {
		return nil, fmt.Errorf("hub: no feed %q", name)
	}
	return s, nil
}

// Publish implements Broker. It returns once the message is stored and
// delivered to this process's subscribers, so Head and Since include it.
func (b *JetStreamBroker) Publish(ctx context.Context, stream string, data json.RawMessage) (Message, error) {
	return b.PublishID(ctx, stream, "", data)
}

// PublishID is Publish with a message id: JetStream stores a message once
// however often it is published with the same id within the Duplicates
// window, and PublishID then returns the stored one.
func (b *JetStreamBroker) PublishID(ctx context.Context, stream, id string, data json.RawMessage) (Message, error) {
	s, err := b.stream(stream)
	if err != nil {
		return Message{}, err
	}
	var opts []jetstream.PublishOpt
	if id != "" {
		opts = append(opts, jetstream.WithMsgID(id))
	}
	ack, err := b.js.Publish(ctx, s.subject, data, append(opts, jetstream.WithExpectStream(feedStreamName(stream)))...)
	if err != nil {
		return Message{}, fmt.Errorf("hub: publish %q: %w", stream, err)
	}
	if err := s.waitFor(ctx, ack.Sequence); err != nil {
		return Message{}, fmt.Errorf("hub: publish %q: %w", stream, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if m, ok := s.hist.at(ack.Sequence); ok {
		return m, nil
	}
	return Message{Stream: stream, Epoch: s.epoch, Seq: ack.Sequence, ID: id, Data: bytes.Clone(data)}, nil
}

// Subscribe implements Broker.
func (b *JetStreamBroker) Subscribe(stream string, fn func(Message)) func() {
	s, err := b.stream(stream)
	if err != nil {
		return func() {}
	}
	return subscribe(&s.mu, &s.subs, fn)
}

// Head implements Broker. A feed it does not serve has no epoch.
func (b *JetStreamBroker) Head(stream string) (string, uint64) {
	s, err := b.stream(stream)
	if err != nil {
		return "", 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.epoch, s.hist.head
}

// Since implements Broker.
func (b *JetStreamBroker) Since(stream, epoch string, after uint64) ([]Message, bool) {
	s, err := b.stream(stream)
	if err != nil {
		return nil, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if epoch != s.epoch {
		return nil, false
	}
	return s.hist.since(after)
}

// Close stops consuming; the streams stay on disk.
func (b *JetStreamBroker) Close() {
	for _, s := range b.streams {
		if s.cons != nil {
			s.cons.Stop()
		}
	}
}
