package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// applyFunc applies one message. It returns an error only for what may
// pass (the database busy, the context ending): the message is then
// offered again. A message that can never apply is logged and skipped by
// returning nil, so it does not hold up every message behind it.
type applyFunc func(ctx context.Context, msg jetstream.Msg) error

// retryAfter is how long a message that failed waits before it is offered
// again, and how long a lost consumer waits before it is made again.
const retryAfter = time.Second

// applier reads one stream through a durable consumer, one message at a
// time in stream order (at most one unacknowledged), and acknowledges a
// message only after apply has committed it. A crash between the commit
// and the acknowledgement offers the message again, and the reader's
// record of what it applied (store.ApplyHQ, store.ApplyUp) skips it: each
// message is applied exactly once.
type applier struct {
	js      jetstream.JetStream
	stream  string
	durable string
	apply   applyFunc
	log     *slog.Logger
}

// start runs the applier until stop is called; stop waits for it.
func (a *applier) start(ctx context.Context) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			if err := a.run(ctx); err != nil && ctx.Err() == nil {
				a.log.Warn("chain: reading a stream", slog.String("stream", a.stream), slog.Any("err", err))
				sleep(ctx, retryAfter)
			}
		}
	}()
	return func() { cancel(); <-done }
}

// run makes (or finds) the durable consumer and applies until ctx ends or
// the consumer is lost.
func (a *applier) run(ctx context.Context) error {
	cons, err := a.js.CreateOrUpdateConsumer(ctx, a.stream, jetstream.ConsumerConfig{
		Durable:       a.durable,
		AckPolicy:     jetstream.AckExplicitPolicy,
		MaxAckPending: 1, // strict order: a message offered again comes before the next
		AckWait:       30 * time.Second,
		DeliverPolicy: jetstream.DeliverAllPolicy,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", a.durable, err)
	}
	it, err := cons.Messages(jetstream.PullMaxMessages(16))
	if err != nil {
		return fmt.Errorf("consumer %s: %w", a.durable, err)
	}
	defer it.Stop()
	stop := context.AfterFunc(ctx, it.Stop)
	defer stop()
	for {
		msg, err := it.Next()
		switch {
		case errors.Is(err, jetstream.ErrMsgIteratorClosed):
			return ctx.Err()
		case errors.Is(err, jetstream.ErrConsumerDeleted), errors.Is(err, jetstream.ErrConsumerNotFound),
			errors.Is(err, nats.ErrConnectionClosed):
			return err
		case err != nil:
			continue // a missed heartbeat while the cluster elects a leader: the iterator carries on
		}
		a.handle(ctx, msg)
	}
}

// giveUpAfter is how many times a message that fails is offered before
// it is skipped: a message that can never apply (a bug, data the reader
// cannot hold) must not stop every message behind it for good.
const giveUpAfter = 30

func (a *applier) handle(ctx context.Context, msg jetstream.Msg) {
	if err := a.apply(ctx, msg); err != nil {
		md, _ := msg.Metadata()
		switch {
		case ctx.Err() != nil:
		case md != nil && md.NumDelivered >= giveUpAfter:
			a.log.Error("chain: a message failed every time; skipped", slog.String("stream", a.stream),
				slog.Uint64("seq", md.Sequence.Stream), slog.Any("err", err))
			_ = msg.Ack()
			return
		default:
			a.log.Warn("chain: a message will be offered again", slog.String("stream", a.stream), slog.Any("err", err))
		}
		_ = msg.NakWithDelay(retryAfter)
		return
	}
	// Lost, the acknowledgement only offers the message again, which
	// the record of what was applied skips.
	_ = msg.Ack()
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// every runs f each d until ctx ends.
func every(ctx context.Context, d time.Duration, f func()) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			f()
		}
	}
}
