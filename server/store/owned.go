package store

import (
	"context"
	"database/sql"
)

// Record, Change and Read are for packages that own tables of their own
// in the store's file (server/points): their writes queue for the one
// writer like the store's own, staff changes among them are audited the
// same way, and their reads use the same bounded pools.

// Record runs fn as a record: one transaction, no audit entry.
func (s *Store) Record(ctx context.Context, fn func(tx *Tx) error) error {
	return s.record(ctx, fn)
}

// Change runs fn as a staff change audited as action (see change).
func (s *Store) Change(ctx context.Context, action string, fn func(tx *Tx) error) error {
	return s.change(ctx, action, fn)
}

// Read runs fn on a read-only connection (see reading).
func (s *Store) Read(ctx context.Context, fn func(conn *sql.Conn) error) error {
	return s.reading(ctx, fn)
}

// IsUnique reports whether err is a uniqueness constraint's refusal.
func IsUnique(err error) bool { return isUnique(err) }
