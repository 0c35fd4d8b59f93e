package store

import (
	"context"
	"database/sql"
)

// inTx runs fn in one transaction on the writer and commits only if fn
// succeeds, so a failed write leaves nothing behind. The writer has one
// connection: concurrent transactions wait for it in Go (bounded by ctx)
// rather than in SQLite's busy handler. fn must use tx only: asking the
// writer for another connection inside fn would wait for itself.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}
