package store

import (
	"context"
	"fmt"
	"time"
)

// actorKey carries who is making a change, so every write can record it in
// the audit log inside its own transaction.
type actorKey struct{}

// WithActor returns ctx naming the staff member (or "system", "admin-token")
// behind the changes made with it.
func WithActor(ctx context.Context, actor string) context.Context {
	return context.WithValue(ctx, actorKey{}, actor)
}

// ActorFrom returns the actor in ctx, or "system".
func ActorFrom(ctx context.Context) string {
	if a, ok := ctx.Value(actorKey{}).(string); ok && a != "" {
		return a
	}
	return "system"
}

// AuditEntry is one staff change.
type AuditEntry struct {
	ID     int64
	At     time.Time
	Actor  string
	Action string
	Target string
	Detail string
}

// audit records a change inside the transaction that makes it: either both
// land or neither does.
func (s *Store) audit(ctx context.Context, tx execer, action, target, detail string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO audit (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)`,
		s.now().UnixMilli(), ActorFrom(ctx), action, target, detail)
	return err
}

// Audit records a change that has no row of its own to write (a sign-in,
// a command sent to a screen).
func (s *Store) Audit(ctx context.Context, action, target, detail string) error {
	err := s.change(ctx, action, func(tx *Tx) error {
		tx.Audit(target, detail)
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: audit: %w", err)
	}
	return nil
}

// AuditLog returns up to limit entries older than before (0: the newest),
// newest first.
func (s *Store) AuditLog(ctx context.Context, before int64, limit int) ([]AuditEntry, error) {
	if before <= 0 {
		before = 1<<62 - 1
	}
	es, err := queryAll(ctx, s, scanAudit, `SELECT id, at, actor, action, target, detail FROM audit
		WHERE id < ? ORDER BY id DESC LIMIT ?`, before, limit)
	if err != nil {
		return nil, fmt.Errorf("store: audit log: %w", err)
	}
	return es, nil
}

func scanAudit(r rowScanner) (AuditEntry, error) {
	var e AuditEntry
	var at int64
	if err := r.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.Target, &e.Detail); err != nil {
		return AuditEntry{}, err
	}
	e.At = time.UnixMilli(at).UTC()
	return e, nil
}
