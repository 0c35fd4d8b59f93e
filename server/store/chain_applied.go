package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// errAlreadyApplied rolls back the transaction of a message that came
// again: nothing of it is written twice, not even an audit entry.
var errAlreadyApplied = errors.New("store: chain message already applied")

// claimRow checks, inside the transaction that applies it, that row is
// past the last row applied from origin, and records it as the last. A
// row at or below it returns errAlreadyApplied. Rows from one origin
// arrive in the order it committed them (one stream, read in order), so
// the last applied row is all there is to remember.
func claimRow(tx *Tx, origin string, row int64) error {
	var last int64
	err := tx.QueryRowContext(tx.ctx, `SELECT last FROM chain_applied WHERE origin = ?`, origin).Scan(&last)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if row <= last {
		return errAlreadyApplied
	}
	_, err = tx.ExecContext(tx.ctx, `INSERT INTO chain_applied (origin, last) VALUES (?, ?)
		ON CONFLICT (origin) DO UPDATE SET last = excluded.last`, origin, row)
	return err
}

// applied turns errAlreadyApplied into (false, nil).
func applied(err error) (bool, error) {
	if errors.Is(err, errAlreadyApplied) {
		return false, nil
	}
	return err == nil, err
}

// Applied is the last row applied from origin (0: none).
func (s *Store) Applied(ctx context.Context, origin string) (int64, error) {
	var last int64
	err := s.queryRow(ctx, `SELECT last FROM chain_applied WHERE origin = ?`, origin).Scan(&last)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: applied: %w", err)
	}
	return last, nil
}
