package chain

import (
	"context"
	"log/slog"
	"time"
)

// After a long outage neither end of the link resumes its stream source
// when the link returns. nats-server retries a source it has not heard
// from every 10 s with a request for a new consumer across the link, and
// while that request waits for its answer (30 s) the source counts as
// being set up: the link's return does not retry it, and HQ_IN (head
// office's content) and CHAIN_UP (this store's reports) wait for the
// request to time out and for a back-off after it. So the store watches
// its link, and when it returns says hello again, which has head office
// restart the source of its reports, and restarts its own source of head
// office's content.

// linkCheck is how often a store looks at its link to head office.
const linkCheck = time.Second

// staleIn is how long HQ_IN's source may be silent, when the link has
// returned, before the store restarts it: past nats-server's own check
// (every 10 s), before which the source has not given up on its consumer
// at head office.
const staleIn = 10 * time.Second

// watchLink runs relink each time the store's link to head office comes
// back, until ctx ends.
func (m *Member) watchLink(ctx context.Context) {
	if m.cfg.Uplink == nil {
		return
	}
	t := time.NewTicker(m.cfg.LinkCheck)
	defer t.Stop()
	up := m.cfg.Uplink()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		was := up
		if up = m.cfg.Uplink(); up && !was {
			m.relink(ctx)
		}
	}
}

// relink says hello until head office answers (which also proves that the
// link carries the servers' interest both ways again), then restarts
// HQ_IN's source if it is silent.
func (m *Member) relink(ctx context.Context) {
	for ctx.Err() == nil && m.hello(ctx) != nil {
		if !m.cfg.Uplink() {
			return // down again: the next return starts over
		}
		sleep(ctx, m.cfg.LinkCheck)
	}
	if err := m.reviveIn(ctx); err != nil && ctx.Err() == nil {
		m.cfg.Log.Warn("chain: restarting head office's content", slog.Any("err", err))
	}
}

// reviveIn removes HQ_IN's source of head office's content and adds it
// again when it has been silent for staleIn. The source resumes where the
// stream's own messages say it stopped, so nothing is skipped, and head
// office's message ids keep a change that comes twice from being applied
// twice.
func (m *Member) reviveIn(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, answerWithin)
	defer cancel()
	s, err := m.cfg.JS.Stream(ctx, inStream)
	if err != nil {
		return err
	}
	info, err := s.Info(ctx)
	if err != nil {
		return err
	}
	if len(info.Sources) == 0 || info.Sources[0].Active < staleIn {
		return nil // healthy, or never heard from (-1): nats-server sets it up
	}
	cfg := info.Config
	all := cfg.Sources
	cfg.Sources = nil
	if _, err := m.cfg.JS.UpdateStream(ctx, cfg); err != nil {
		return err
	}
	cfg.Sources = all
	if _, err := m.cfg.JS.UpdateStream(ctx, cfg); err != nil {
		return err
	}
	m.revivals.Add(1)
	m.cfg.Log.Info("chain: restarted head office's silent content", slog.Duration("silent", info.Sources[0].Active))
	return nil
}
