package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// OutboxPastRestore makes the database file at path, just restored from a
// backup, number its next outbox rows past every row it numbered before
// the backup was restored. A message id (<store id>:<row>) must name one
// change for ever: in a chain, head office and the stores remember the
// last row they applied from each origin and skip anything at or below
// it, so a restored store's reports, or a restored head office's content,
// reusing the rows since the backup would be skipped. The next rows start
// at the restore's Unix time in milliseconds, past any row numbered
// before it as long as no one wrote more than a row a millisecond since
// the outbox began.
func OutboxPastRestore(ctx context.Context, path string, now time.Time) error {
	db, err := sql.Open("sqlite", dsn(path, writePragmas))
	if err != nil {
		return fmt.Errorf("store: outbox past restore: %w", err)
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `INSERT INTO sqlite_sequence (name, seq)
		SELECT 'outbox', ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')`, now.UnixMilli())
	if err == nil {
		_, err = db.ExecContext(ctx, `UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'outbox'`, now.UnixMilli())
	}
	if err != nil {
		return fmt.Errorf("store: outbox past restore: %w", err)
	}
	return nil
}
