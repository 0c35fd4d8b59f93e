package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// ErrOverloaded is returned by a read that could not get a connection
// within readWait: more reads are waiting than the pool serves in that
// time. The caller should answer "try again shortly", not fail.
var ErrOverloaded = errors.New("store: overloaded; try again shortly")

// The read pool. SQLite reads are CPU-bound, so more connections than
// cores buy nothing but file descriptors and page caches; a burst of
// anonymous requests waits for one of these instead of opening its own.
const (
	readConns     = 4                      // query_only connections at most
	reservedConns = 1                      // more, for staff only (Reserved)
	readIdle      = 30 * time.Second       // an idle one is closed after this
	readWait      = 500 * time.Millisecond // a read waits this long for one
)

// reservedKey marks a context whose reads use the reserved connection.
type reservedKey struct{}

// Reserved returns ctx with its reads made on a connection of their own,
// which reads made without it never use: server/api marks every request
// that presents a staff credential, so however many anonymous reads (a
// burst of kiosk searches) wait for the shared pool, staff are answered.
// Only staff requests may be marked: what marks them must not be
// reachable without a credential.
func Reserved(ctx context.Context) context.Context {
	return context.WithValue(ctx, reservedKey{}, true)
}

func isReserved(ctx context.Context) bool {
	v, _ := ctx.Value(reservedKey{}).(bool)
	return v
}

// listMax caps the rows of the lists every page load and every screen's
// first message read (the snapshot: promotions, campaigns, categories,
// overrides, playlists, schedules): anyone can trigger those reads, so
// what one costs is bounded. It is far above any store's content; Store
// copies it so tests can lower it.
const listMax = 1000

// reading runs fn on a read-only connection (the reserved one for a
// Reserved ctx), waiting at most readWait for one. The wait, not fn, is bounded: a read that has its connection runs
// until ctx ends.
func (s *Store) reading(ctx context.Context, fn func(*sql.Conn) error) error {
	pool := s.read
	if isReserved(ctx) {
		pool = s.reserved
	}
	wait, cancel := context.WithTimeout(ctx, readWait)
	conn, err := pool.Conn(wait)
	cancel()
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			s.Metrics.overloaded.Inc()
			return ErrOverloaded
		}
		return err
	}
	defer conn.Close() // back to the pool
	err = fn(conn)
	if err != nil {
		s.Metrics.failed("read", err)
	}
	return err
}

// readRow is one row of a query on the read pool, run when it is scanned:
// the connection is held only for the query and the Scan.
type readRow struct {
	s     *Store
	ctx   context.Context
	query string
	args  []any
}

// queryRow is QueryRowContext on the read pool.
func (s *Store) queryRow(ctx context.Context, query string, args ...any) readRow {
	return readRow{s: s, ctx: ctx, query: query, args: args}
}

func (r readRow) Scan(dest ...any) error {
	return r.s.reading(r.ctx, func(conn *sql.Conn) error {
		return conn.QueryRowContext(r.ctx, r.query, r.args...).Scan(dest...)
	})
}

// queryAll runs a query on the read pool and scans every row with scan. It
// returns an empty list, never nil, when nothing matches: lists go out as
// JSON arrays.
func queryAll[T any](ctx context.Context, s *Store, scan func(rowScanner) (T, error), query string, args ...any) ([]T, error) {
	var out []T
	err := s.reading(ctx, func(conn *sql.Conn) error {
		rows, err := conn.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		out, err = collect(rows, scan)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// txQueryAll is queryAll inside a write transaction, for a change that
// must read what it is about to change.
func txQueryAll[T any](ctx context.Context, tx *Tx, scan func(rowScanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	return collect(rows, scan)
}

// collect scans every row and closes rows.
func collect[T any](rows *sql.Rows, scan func(rowScanner) (T, error)) ([]T, error) {
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
