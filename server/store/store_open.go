package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

// ErrNotFound is returned when a row asked for by id or key does not exist.
var ErrNotFound = errors.New("not found")

// ErrSchemaTooNew is returned by Open when the database was written by a
// newer storecast; running older code on it could corrupt it.
var ErrSchemaTooNew = errors.New("store: database schema is newer than this binary")

// Store is the SQLite-backed content store. It is safe for concurrent use.
type Store struct {
	// Now is the clock used for created_at and updated_at; tests replace it.
	// Set it before the Store is shared between goroutines.
	Now func() time.Time

	db      *sql.DB
	applied int // migrations applied by the Open that made this Store
}

// Open opens (creating if needed) the database file at path, checks that WAL
// is on and brings the schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	s := &Store{Now: time.Now, db: db}
	if err := s.checkWAL(ctx); err != nil {
		db.Close()
		return nil, err
	}
	n, err := migrate(ctx, db)
	if err != nil {
		db.Close()
		return nil, err
	}
	s.applied = n
	return s, nil
}

// dsn builds a modernc.org/sqlite URI. The pragmas run on every new pooled
// connection, which is why they live in the DSN and not in one Exec.
func dsn(path string) string {
	// Characters that would end or corrupt the path part of a file: URI.
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc +
		"?_pragma=busy_timeout(5000)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(ON)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_txlock=immediate"
}

// checkWAL fails if the file could not be put in WAL mode (for example on a
// file system without shared memory), because readers would then block
// behind writers and the busy timeout would be hit under load.
func (s *Store) checkWAL(ctx context.Context) error {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("store: open: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("store: open: journal_mode is %q, want wal", mode)
	}
	return nil
}

// Ping reports whether the database answers, for readiness checks.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// Close folds the WAL back into the database file, so a copied or backed-up
// file is complete on its own, and closes the database.
func (s *Store) Close() error {
	// Best effort: a checkpoint blocked by a reader is not a reason to fail
	// shutdown; SQLite replays the WAL on the next open anyway.
	_, _ = s.db.ExecContext(context.Background(), "PRAGMA wal_checkpoint(TRUNCATE)")
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// now is the store's clock in UTC at the precision the database keeps.
func (s *Store) now() time.Time {
	return s.Now().UTC().Truncate(time.Millisecond)
}
