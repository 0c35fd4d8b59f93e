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

// Prepare prepares query on the writer's one connection, for a package
// that runs the same writes at a till's rate (server/points): SQLite
// spends about a third of a short write parsing it. Call it outside any
// transaction of the caller's (the writer's one connection is busy with
// that one), and run the statement inside one with tx.StmtContext.
func (s *Store) Prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	return s.write.PrepareContext(ctx, query)
}
