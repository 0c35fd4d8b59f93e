package points

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// Queue is a chain store's earns waiting for head office, whose ledger is
// the chain's: an earn is a receipt already paid, so a till must not lose
// it because the link is down. Each waits with its issuer and receipt id
// (head office applies a receipt once, however often it arrives) and the
// time its member code was scanned (EarnScanned). A spend never waits: it
// needs the balance, which only head office knows.
type Queue struct {
	st *store.Store
}

// NewQueue returns the queue in st.
func NewQueue(st *store.Store) *Queue { return &Queue{st: st} }

// Queued is one earn waiting.
type Queued struct {
	Seq     int64
	Issuer  string
	In      rest.PointsEarnInput
	Scanned time.Time
}

// Add keeps an earn until head office has it. The same receipt from the
// same issuer again is kept once (replayed true); with another member or
// amount it is ErrKeyReused, as head office would answer.
func (q *Queue) Add(ctx context.Context, issuer string, in rest.PointsEarnInput, scanned time.Time) (replayed bool, err error) {
	if err := ValidateEarn(in); err != nil {
		return false, fmt.Errorf("points: queue: %w", err)
	}
	body, err := json.Marshal(in)
	if err != nil {
		return false, fmt.Errorf("points: queue: %w", err)
	}
	err = q.st.Record(ctx, func(tx *store.Tx) error {
		var kept []byte
		err := tx.QueryRowContext(ctx, `SELECT body FROM point_queue WHERE issuer = ? AND receipt_id = ?`, issuer, in.ReceiptID).Scan(&kept)
		switch {
		case err == nil:
			if !bytes.Equal(kept, body) {
				return ErrKeyReused
			}
			replayed = true
			return nil
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO point_queue (issuer, receipt_id, body, scanned_at) VALUES (?, ?, ?, ?)`,
			issuer, in.ReceiptID, string(body), scanned.UnixMilli())
		return err
	})
	if err != nil {
		return false, fmt.Errorf("points: queue: %w", err)
	}
	return replayed, nil
}

// Waiting returns up to n earns not yet sent nor refused, oldest first.
func (q *Queue) Waiting(ctx context.Context, n int) ([]Queued, error) {
	var out []Queued
	err := q.st.Read(ctx, func(conn *sql.Conn) error {
		rows, err := conn.QueryContext(ctx, `SELECT seq, issuer, body, scanned_at FROM point_queue WHERE refused = '' ORDER BY seq LIMIT ?`, n)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var it Queued
			var body []byte
			var ms int64
			if err := rows.Scan(&it.Seq, &it.Issuer, &body, &ms); err != nil {
				return err
			}
			if err := json.Unmarshal(body, &it.In); err != nil {
				return fmt.Errorf("earn %d: %w", it.Seq, err)
			}
			it.Scanned = time.UnixMilli(ms).UTC()
			out = append(out, it)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("points: queue: %w", err)
	}
	return out, nil
}

// Sent forgets an earn head office has applied (or had applied).
func (q *Queue) Sent(ctx context.Context, seq int64) error {
	return q.set(ctx, `DELETE FROM point_queue WHERE seq = ?`, seq)
}

// Refused keeps an earn head office would not apply, with its reason,
// for staff to see; it is not sent again.
func (q *Queue) Refused(ctx context.Context, seq int64, why string) error {
	return q.set(ctx, `UPDATE point_queue SET refused = ? WHERE seq = ?`, cmp.Or(why, "refused"), seq)
}

func (q *Queue) set(ctx context.Context, query string, args ...any) error {
	err := q.st.Record(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, query, args...)
		return err
	})
	if err != nil {
		return fmt.Errorf("points: queue: %w", err)
	}
	return nil
}

// Counts returns how many earns wait and how many head office refused.
func (q *Queue) Counts(ctx context.Context) (waiting, refused int, err error) {
	err = q.st.Read(ctx, func(conn *sql.Conn) error {
		return conn.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE refused = ''), count(*) FILTER (WHERE refused != '') FROM point_queue`).Scan(&waiting, &refused)
	})
	if err != nil {
		return 0, 0, fmt.Errorf("points: queue: %w", err)
	}
	return waiting, refused, nil
}
