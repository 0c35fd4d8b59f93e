package points

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// Reverse undoes the caller's earn or spend of a receipt with a new entry
// (entries are never edited), once: ReversalID is its own idempotency key,
// and an entry is reversed at most once whatever the key. Reversing a
// spend gives each lot back what it took (with its own expiry, so points
// whose day has passed expire at once); reversing an earn takes its
// points back, from its own lot first, and is refused (ErrInsufficient)
// when the member no longer has them.
func (l *Ledger) Reverse(ctx context.Context, issuer string, in rest.PointsReverseInput) (rest.PointsPosted, error) {
	if err := ValidateReverse(in); err != nil {
		return rest.PointsPosted{}, fmt.Errorf("points: reverse: %w", err)
	}
	now := l.now()
	var out rest.PointsPosted
	err := l.st.Change(ctx, "points.reverse", func(st *store.Tx) error {
		tx := l.tx(st)
		orig, found, err := byKey(ctx, tx, issuer, in.Kind, in.ReceiptID)
		if err != nil {
			return err
		}
		if !found {
			return ErrNoEntry
		}
		e, found, err := byKey(ctx, tx, issuer, rest.PointsReverse, in.ReversalID)
		switch {
		case err != nil:
			return err
		case found && e.Reverses != orig.Seq:
			return ErrKeyReused
		case found:
			out.Replayed = true
		default:
			if e, err = reverse(ctx, tx, orig, in.ReversalID, now); err != nil {
				return err
			}
		}
		// The audit entry names the receipt, never the member.
		did := "reversed"
		if out.Replayed {
			did = "asked again to reverse" // the first reversal's entry stands
		}
		tx.Audit(in.Kind+" "+in.ReceiptID, fmt.Sprintf("%s %d points by %s", did, e.Points, issuer))
		out.Entry = e.PointsEntry
		out.Balance, err = balance(ctx, tx, orig.member)
		return err
	})
	if err != nil {
		return rest.PointsPosted{}, fmt.Errorf("points: reverse: %w", err)
	}
	return out, nil
}

func reverse(ctx context.Context, tx *ledgerTx, orig entry, key string, now time.Time) (entry, error) {
	var seq int64
	err := tx.QueryRowContext(ctx, `SELECT seq FROM point_entries WHERE reverses = ?`, orig.Seq).Scan(&seq)
	if err == nil {
		return entry{}, ErrReversed
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return entry{}, err
	}
	e := entry{member: orig.member, PointsEntry: rest.PointsEntry{Kind: rest.PointsReverse, Points: -orig.Points,
		Issuer: orig.Issuer, Key: key, Reverses: orig.Seq, At: now}}
	if orig.Kind == rest.PointsEarn {
		if err := expireDue(ctx, tx, orig.member, now); err != nil {
			return entry{}, err
		}
		if _, err := add(ctx, tx, &e); err != nil {
			return entry{}, err
		}
		return e, take(ctx, tx, orig.member, e.Seq, orig.Seq, orig.Points)
	}
	if _, err := add(ctx, tx, &e); err != nil {
		return entry{}, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE point_lots SET remaining = remaining +
		(SELECT d.points FROM point_draws d WHERE d.entry = ? AND d.lot = point_lots.entry)
		WHERE entry IN (SELECT lot FROM point_draws WHERE entry = ?)`, orig.Seq, orig.Seq); err != nil {
		return entry{}, err
	}
	return e, expireDue(ctx, tx, orig.member, now)
}

// ValidateReverse checks a reversal's own fields.
func ValidateReverse(in rest.PointsReverseInput) error {
	if in.Kind != rest.PointsEarn && in.Kind != rest.PointsSpend {
		return &content.FieldError{Field: "kind", Message: "must be earn or spend"}
	}
	if err := checkKey("receipt_id", in.ReceiptID); err != nil {
		return err
	}
	return checkKey("reversal_id", in.ReversalID)
}
