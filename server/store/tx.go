package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"storecast/app/content"
)

// Tx is one write transaction on the writer. A change's rows, its audit
// entry and the events screens must see (Emit) commit together or not at
// all: a change that is committed is published, and one that is not is
// never seen.
type Tx struct {
	*sql.Tx
	ctx            context.Context
	s              *Store
	target, detail string
	emitted        bool
}

// Audit says what the change touched and how, for its audit entry; the
// entry's action and actor are the change's.
func (t *Tx) Audit(target, detail string) { t.target, t.detail = target, detail }

// Emit writes e to the outbox of stream, to be published once the
// transaction commits (server/outbox moves it to the live feed).
func (t *Tx) Emit(stream string, e any) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if _, err := t.ExecContext(t.ctx, `INSERT INTO outbox (stream, data) VALUES (?, ?)`, stream, b); err != nil {
		return err
	}
	t.emitted = true
	if t.s.role == HeadOffice && stream == content.StreamStore {
		return t.emitChain(e)
	}
	return nil
}

// change makes a staff change: fn writes its rows and emits its events,
// and the audit entry of action (with what fn gave Audit, and the actor in
// ctx) is written in the same transaction. This is the only way a staff
// change reaches the database, so none goes unaudited.
func (s *Store) change(ctx context.Context, action string, fn func(tx *Tx) error) error {
	if action == "" {
		return errors.New("store: a change needs an audit action")
	}
	return s.inTx(ctx, func(tx *Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		return s.audit(ctx, tx, action, tx.target, tx.detail)
	})
}

// record is a write nobody on the staff makes: a shopper's claim, a
// screen's proof of play, a call for staff, a screen seen. It may emit
// events; it writes no audit entry.
func (s *Store) record(ctx context.Context, fn func(tx *Tx) error) error {
	return s.inTx(ctx, fn)
}

// inTx runs fn in one transaction on the writer and commits only if fn
// succeeds, so a failed write leaves nothing behind. The writer has one
// connection: concurrent transactions wait for it in Go (bounded by ctx)
// rather than in SQLite's busy handler. fn must use tx only: asking the
// writer for another connection inside fn would wait for itself. Only
// change and record call it.
func (s *Store) inTx(ctx context.Context, fn func(tx *Tx) error) error {
	err := s.runTx(ctx, fn)
	if err != nil {
		s.Metrics.failed("write", err)
	}
	return err
}

func (s *Store) runTx(ctx context.Context, fn func(tx *Tx) error) error {
	sqlTx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqlTx.Rollback() //nolint:errcheck // no-op after Commit
	tx := &Tx{Tx: sqlTx, ctx: ctx, s: s}
	if err := fn(tx); err != nil {
		return fromHQ(err)
	}
	if err := sqlTx.Commit(); err != nil {
		return err
	}
	if tx.emitted {
		s.notifyOutbox()
	}
	return nil
}

// oneRow turns "no row matched" into ErrNotFound.
func oneRow(res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// changeOne makes the change action by running query, which must change
// exactly one row (none is ErrNotFound), and emits events (may be none).
func (s *Store) changeOne(ctx context.Context, action, id, detail string, events []emitted, query string, args ...any) error {
	return s.change(ctx, action, func(tx *Tx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		tx.Audit(id, detail)
		for _, e := range events {
			if err := tx.Emit(e.stream, e.event); err != nil {
				return err
			}
		}
		return nil
	})
}

// emitted is an event a change sends when it commits.
type emitted struct {
	stream string
	event  any
}

// deleted is the event that tells screens an item is gone.
func deleted(stream, op, id string) []emitted {
	return []emitted{{stream, content.Event{Op: op, ID: id}}}
}
