package points

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// entry is a ledger row as written.
type entry struct {
	rest.PointsEntry
	member string
}

const entryColumns = `seq, member_id, kind, points, issuer, key, coalesce(reverses, 0), amount_fen, at`

func scanEntry(r rowScanner) (entry, error) {
	var e entry
	var at int64
	err := r.Scan(&e.Seq, &e.member, &e.Kind, &e.Points, &e.Issuer, &e.Key, &e.Reverses, &e.AmountFen, &at)
	e.At = time.UnixMilli(at).UTC()
	return e, err
}

// byKey returns issuer's entry of kind with key, if there is one.
func byKey(ctx context.Context, tx *ledgerTx, issuer, kind, key string) (entry, bool, error) {
	e, err := scanEntry(tx.QueryRowContext(ctx, qByKey, issuer, kind, key))
	if errors.Is(err, sql.ErrNoRows) {
		return entry{}, false, nil
	}
	return e, err == nil, err
}

// add moves e's member's balance by e.Points, refusing (ErrInsufficient)
// to take it below zero, appends e, and returns the new balance. The
// check and the write are one statement in the caller's transaction, so
// no concurrent spend can come between them; the column's CHECK is the
// last line of defence.
func add(ctx context.Context, tx *ledgerTx, e *entry) (int64, error) {
	var bal int64
	err := tx.QueryRowContext(ctx, qMove, e.Points, e.member).Scan(&bal)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := balance(ctx, tx, e.member); err != nil {
			return 0, err
		}
		return 0, ErrInsufficient
	}
	if err != nil {
		return 0, err
	}
	var reverses any
	if e.Reverses != 0 {
		reverses = e.Reverses
	}
	res, err := tx.ExecContext(ctx, qAppend, e.member, e.Kind, e.Points, e.Issuer, e.Key, reverses, e.AmountFen,
		store.ActorFrom(ctx), e.At.UnixMilli())
	if err != nil {
		return 0, err
	}
	e.Seq, err = res.LastInsertId()
	return bal, err
}

// balance is member's balance inside tx.
func balance(ctx context.Context, tx *ledgerTx, member string) (int64, error) {
	var b int64
	err := tx.QueryRowContext(ctx, qBalance, member).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNoMember
	}
	return b, err
}

// take removes n points from member's lots for entry seq, oldest expiry
// first (first, if not 0, before any other), recording each draw. The
// caller has checked the balance covers n, and expired what was due.
func take(ctx context.Context, tx *ledgerTx, member string, seq, first, n int64) error {
	type draw struct{ lot, points int64 }
	lots, err := all(ctx, tx, func(r rowScanner) (d draw, err error) { return d, r.Scan(&d.lot, &d.points) },
		qLots, member, first)
	if err != nil {
		return err
	}
	var draws []draw
	for left := n; left > 0 && len(lots) > 0; lots = lots[1:] {
		d := lots[0]
		d.points = min(d.points, left)
		left -= d.points
		draws = append(draws, d)
	}
	for _, d := range draws {
		n -= d.points
		if _, err := tx.ExecContext(ctx, qDrawLot, d.points, d.lot); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, qDraw, seq, d.lot, d.points); err != nil {
			return err
		}
	}
	if n != 0 {
		return errors.New("points: the lots do not cover the balance (run storecast points verify)")
	}
	return nil
}
