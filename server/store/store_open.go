package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"storecast/app/content"

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
	// Metrics counts errors, refusals and shoppers' actions (metrics.go);
	// Open gives it a set nobody scrapes. Set it before the Store is
	// shared.
	Metrics *Metrics

	write    *sql.DB // one connection: every write, queued in Go (tx.go)
	read     *sql.DB // a few query_only connections for reads (read.go)
	reserved *sql.DB // query_only too, for staff's reads only (Reserved)
	listMax  int     // rows a list anyone can trigger returns at most
	// outboxReady wakes the outbox's publisher after a commit that
	// emitted events (outbox.go).
	outboxReady chan struct{}
	// The store's time zone and its rules, for StoreInfo (storeinfo.go).
	zone      string
	zoneRules []byte
	reload    content.ReloadPolicy // for StoreInfo (storeinfo.go)
	applied   int                  // migrations applied by the Open that made this Store
	role      ChainRole
}

// Open opens (creating if needed, mode 0600) the database file at path,
// checks that WAL is on and brings the schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := createPrivate(path); err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	write, err := sql.Open("sqlite", dsn(path, writePragmas))
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	// One connection, kept: writers wait for it in Go and never meet
	// SQLite's busy handler (which sleeps and, after its timeout, fails
	// with "database is locked").
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	s := &Store{Now: time.Now, Metrics: NewMetrics(nil), write: write, listMax: listMax, outboxReady: make(chan struct{}, 1)}
	if err := s.checkWAL(ctx); err != nil {
		write.Close()
		return nil, err
	}
	n, err := migrate(ctx, write)
	if err != nil {
		write.Close()
		return nil, err
	}
	s.applied = n
	if err := s.spellOldProducts(ctx); err != nil {
		write.Close()
		return nil, err
	}
	// The readers open after the writer has put the file in WAL mode and
	// brought the schema up to date, so none of them ever sees an old one.
	if s.read, err = openReaders(path, readConns); err != nil {
		write.Close()
		return nil, fmt.Errorf("store: open: %w", err)
	}
	if s.reserved, err = openReaders(path, reservedConns); err != nil {
		s.read.Close()
		write.Close()
		return nil, fmt.Errorf("store: open: %w", err)
	}
	return s, nil
}

// openReaders opens a pool of at most n query_only connections, closed
// when idle.
func openReaders(path string, n int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path, readPragmas))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxIdleTime(readIdle)
	return db, nil
}

// The pragmas run on every new pooled connection, which is why they live
// in the DSN and not in one Exec. The busy timeout stays on both: another
// process (`storecast user add` while the server runs) can still hold the
// write lock for a moment.
const (
	writePragmas = "_pragma=busy_timeout(5000)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(ON)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_txlock=immediate"
	readPragmas = "_pragma=busy_timeout(5000)" +
		"&_pragma=foreign_keys(ON)" +
		"&_pragma=query_only(1)"
)

// dsn builds a modernc.org/sqlite URI.
func dsn(path, pragmas string) string {
	// Characters that would end or corrupt the path part of a file: URI.
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	return "file:" + esc + "?" + pragmas
}

// createPrivate makes the database file readable by its owner only before
// SQLite first opens it: SQLite creates the -wal and -shm files with the
// mode of the database file, and the database holds password and token
// hashes. Files an older storecast (or a crash) left group- or
// world-readable are tightened.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return err
	}
	f.Close()
	for _, name := range []string{path, path + "-wal", path + "-shm"} {
		fi, err := os.Stat(name)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		if fi.Mode().Perm()&0o077 != 0 {
			if err := os.Chmod(name, 0o600); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkWAL fails if the file could not be put in WAL mode (for example on a
// file system without shared memory), because readers would then block
// behind writers and the busy timeout would be hit under load.
func (s *Store) checkWAL(ctx context.Context) error {
	var mode string
	if err := s.write.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("store: open: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("store: open: journal_mode is %q, want wal", mode)
	}
	return nil
}

// Ping reports whether the database answers reads, for readiness checks:
// an overloaded store is not ready.
func (s *Store) Ping(ctx context.Context) error {
	var one int
	if err := s.queryRow(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// Close folds the WAL back into the database file, so a copied or backed-up
// file is complete on its own, and closes the database.
func (s *Store) Close() error {
	// Readers first: an open read can keep the checkpoint from emptying
	// the WAL.
	rerr := errors.Join(s.read.Close(), s.reserved.Close())
	// Best effort: a checkpoint blocked by another process is not a reason
	// to fail shutdown; SQLite replays the WAL on the next open anyway.
	_, _ = s.write.ExecContext(context.Background(), "PRAGMA wal_checkpoint(TRUNCATE)")
	if err := errors.Join(rerr, s.write.Close()); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// now is the store's clock in UTC at the precision the database keeps.
func (s *Store) now() time.Time {
	return s.Now().UTC().Truncate(time.Millisecond)
}
