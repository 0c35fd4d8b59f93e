package points

import (
	"context"
	"fmt"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// Spend takes points from the member its code stands for, oldest lots
// first, once per issuer and receipt id. The balance is checked in the
// same transaction as the write, after expiring what is due, so no number
// of concurrent spends takes a balance below zero.
func (l *Ledger) Spend(ctx context.Context, issuer string, in rest.PointsSpendInput) (rest.PointsPosted, error) {
	if err := ValidateSpend(in); err != nil {
		return rest.PointsPosted{}, fmt.Errorf("points: spend: %w", err)
	}
	id, err := l.resolve(in.MemberCode)
	if err != nil {
		return rest.PointsPosted{}, fmt.Errorf("points: spend: %w", err)
	}
	now := l.now()
	var out rest.PointsPosted
	err = l.st.Record(ctx, func(st *store.Tx) error {
		tx := l.tx(st)
		e, found, err := byKey(ctx, tx, issuer, rest.PointsSpend, in.ReceiptID)
		if err != nil {
			return err
		}
		if found {
			if e.member != id || e.Points != -in.Points {
				return ErrKeyReused
			}
			out.Replayed = true
			out.Balance, err = balance(ctx, tx, id)
		} else {
			e, out.Balance, err = spend(ctx, tx, issuer, id, in, now)
		}
		out.Entry = e.PointsEntry
		return err
	})
	if err != nil {
		return rest.PointsPosted{}, fmt.Errorf("points: spend: %w", err)
	}
	return out, nil
}

func spend(ctx context.Context, tx *ledgerTx, issuer, id string, in rest.PointsSpendInput, now time.Time) (entry, int64, error) {
	if err := expireDue(ctx, tx, id, now); err != nil {
		return entry{}, 0, err
	}
	e := entry{member: id, PointsEntry: rest.PointsEntry{Kind: rest.PointsSpend, Points: -in.Points, Issuer: issuer, Key: in.ReceiptID, At: now}}
	bal, err := add(ctx, tx, &e)
	if err != nil {
		return entry{}, 0, err
	}
	return e, bal, take(ctx, tx, id, e.Seq, 0, in.Points)
}

// ValidateSpend checks a spend's own fields.
func ValidateSpend(in rest.PointsSpendInput) error {
	if err := checkKey("receipt_id", in.ReceiptID); err != nil {
		return err
	}
	if in.Points < 1 || in.Points > MaxPoints {
		return &content.FieldError{Field: "points", Message: fmt.Sprintf("must be 1 to %d", MaxPoints)}
	}
	return nil
}
