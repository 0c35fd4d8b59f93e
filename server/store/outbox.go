package store

import (
	"context"
	"fmt"
)

// OutboxMessage is one committed event waiting to be published.
type OutboxMessage struct {
	ID     int64 // grows with every change, never reused
	Stream string
	Data   []byte
}

// Outbox returns up to limit messages with id > after, in id order: the
// order the changes committed in.
func (s *Store) Outbox(ctx context.Context, after int64, limit int) ([]OutboxMessage, error) {
	ms, err := queryAll(ctx, s, func(r rowScanner) (OutboxMessage, error) {
		var m OutboxMessage
		err := r.Scan(&m.ID, &m.Stream, &m.Data)
		return m, err
	}, `SELECT id, stream, data FROM outbox WHERE id > ? ORDER BY id LIMIT ?`, after, limit)
	if err != nil {
		return nil, fmt.Errorf("store: outbox: %w", err)
	}
	return ms, nil
}

// OutboxSent deletes the messages up to and including id: they are
// published.
func (s *Store) OutboxSent(ctx context.Context, id int64) error {
	if _, err := s.write.ExecContext(ctx, `DELETE FROM outbox WHERE id <= ?`, id); err != nil {
		s.Metrics.failed("write", err)
		return fmt.Errorf("store: outbox sent: %w", err)
	}
	return nil
}

// OutboxBacklog counts the messages waiting to be published (and those
// published but not yet deleted, for a moment).
func (s *Store) OutboxBacklog(ctx context.Context) (int, error) {
	var n int
	if err := s.queryRow(ctx, `SELECT count(*) FROM outbox`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: outbox backlog: %w", err)
	}
	return n, nil
}

// OutboxReady is signalled (never blocking, coalesced) after every commit
// that emitted events; the publisher waits on it between rounds.
func (s *Store) OutboxReady() <-chan struct{} { return s.outboxReady }

func (s *Store) notifyOutbox() {
	select {
	case s.outboxReady <- struct{}{}:
	default:
	}
}

// StoreID is the store's id, made once when its database was created.
func (s *Store) StoreID(ctx context.Context) (string, error) {
	return s.Setting(ctx, "store_id")
}
