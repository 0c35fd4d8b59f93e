package points

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"storecast/app/rest"
	"storecast/server/store"
)

// Earn adds what a receipt earns under the rules to the member its code
// stands for, once per issuer and receipt id: the same receipt sent again
// (a till's retry) answers the first entry, Replayed, and adds nothing;
// sent again with another member or amount it is ErrKeyReused.
func (l *Ledger) Earn(ctx context.Context, issuer string, in rest.PointsEarnInput) (rest.PointsPosted, error) {
	return l.EarnScanned(ctx, issuer, in, time.Time{})
}

// MaxQueued is how long an earn may wait in a chain store's Queue and
// still be applied at head office.
const MaxQueued = 72 * time.Hour

// scanSkew is how far ahead of head office's clock a store's may run.
const scanSkew = time.Minute

// EarnScanned is Earn for a member code a till scanned at scanned (zero:
// now): a chain store's earn that waited in its Queue for head office
// reaches it long after the code's 30 seconds, so the code is checked at
// the time it was scanned, if that is within MaxQueued.
func (l *Ledger) EarnScanned(ctx context.Context, issuer string, in rest.PointsEarnInput, scanned time.Time) (rest.PointsPosted, error) {
	if err := ValidateEarn(in); err != nil {
		return rest.PointsPosted{}, fmt.Errorf("points: earn: %w", err)
	}
	now := l.now()
	at := now
	if !scanned.IsZero() {
		if scanned.After(now.Add(scanSkew)) || scanned.Before(now.Add(-MaxQueued)) {
			return rest.PointsPosted{}, fmt.Errorf("points: earn: scanned %v: %w", scanned.UTC(), ErrBadCode)
		}
		at = scanned
	}
	id, err := l.keys.resolve(in.MemberCode, at)
	if err != nil {
		return rest.PointsPosted{}, fmt.Errorf("points: earn: %w", err)
	}
	var out rest.PointsPosted
	err = l.st.Record(ctx, func(st *store.Tx) error {
		tx := l.tx(st)
		e, found, err := byKey(ctx, tx, issuer, rest.PointsEarn, in.ReceiptID)
		if err != nil {
			return err
		}
		if found {
			if e.member != id || e.AmountFen != in.AmountFen {
				return ErrKeyReused
			}
			out.Replayed = true
			out.Balance, err = balance(ctx, tx, id)
		} else {
			e, out.Balance, err = l.earn(ctx, tx, issuer, id, in, now)
		}
		out.Entry = e.PointsEntry
		return err
	})
	if err != nil {
		return rest.PointsPosted{}, fmt.Errorf("points: earn: %w", err)
	}
	return out, nil
}

// earn writes a new earn entry and its lot, and returns the balance.
func (l *Ledger) earn(ctx context.Context, tx *ledgerTx, issuer, id string, in rest.PointsEarnInput, now time.Time) (entry, int64, error) {
	r, err := rulesIn(ctx, tx)
	if err != nil {
		return entry{}, 0, err
	}
	pts, err := Earned(r, in, now)
	if err != nil {
		return entry{}, 0, err
	}
	e := entry{member: id, PointsEntry: rest.PointsEntry{Kind: rest.PointsEarn, Points: pts, Issuer: issuer,
		Key: in.ReceiptID, AmountFen: in.AmountFen, At: now}}
	bal, err := add(ctx, tx, &e)
	if err != nil || pts == 0 {
		return e, bal, err // pts 0: a receipt too small to earn spends its key, makes no lot
	}
	expires := now.AddDate(0, 0, r.ExpiryDays)
	_, err = tx.ExecContext(ctx, qLot, e.Seq, id, pts, pts, expires.UnixMilli())
	return e, bal, err
}

// rulesIn reads the rules inside tx, so an earn uses the rules of the
// moment it is written.
func rulesIn(ctx context.Context, q querier) (rest.PointsRules, error) {
	var b []byte
	err := q.QueryRowContext(ctx, qRules).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return DefaultRules(), nil
	}
	if err != nil {
		return rest.PointsRules{}, err
	}
	var r rest.PointsRules
	return r, json.Unmarshal(b, &r)
}
