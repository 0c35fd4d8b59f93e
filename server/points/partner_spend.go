package points

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// The statements of every partner spend, prepared with the ledger's
// (queries.go).
const (
	qPartnerDebit = `UPDATE point_partner_balances SET balance = balance - ?1
		WHERE member_id = ?2 AND partner_id = ?3 AND balance >= ?1`
	qPartnerSpend = `INSERT INTO point_partner_spends (partner_id, key, member_id, item, points, at)
		VALUES (?, ?, ?, ?, ?, ?)`
)

// ValidatePartnerSpend checks a partner spend's own fields.
func ValidatePartnerSpend(in rest.PartnerSpendInput) error {
	for f, v := range map[string]string{"key": in.Key, "partner": in.Partner, "item": in.Item} {
		if err := checkKey(f, v); err != nil {
			return err
		}
	}
	if in.Price < 1 || in.Price > MaxPoints {
		return &content.FieldError{Field: "price", Message: fmt.Sprintf("must be 1 to %d", MaxPoints)}
	}
	return nil
}

// outFor is how many of our points the out rate needs to give at least
// price of the partner's: the least n with n × num / den ≥ price.
func outFor(r rest.Rate, price int64) int64 { return (price*r.Den + r.Num - 1) / r.Num }

// SpendAtPartner spends a member's points on a partner's item: an
// exchange out of as many of our points as the item's price in the
// partner's needs, and that price spent from their balance there, in one
// transaction under one key, so both happen once or neither does (a cap,
// a short balance or an unknown partner refuses the whole). What the
// rounding gives beyond the price stays in their partner balance. The key
// is the exchange's: sent again with the same request it answers the
// first result, Replayed; with another, or a key a plain exchange used,
// it is ErrKeyReused.
func (l *Ledger) SpendAtPartner(ctx context.Context, in rest.PartnerSpendInput) (rest.PartnerSpent, error) {
	if err := ValidatePartnerSpend(in); err != nil {
		return rest.PartnerSpent{}, fmt.Errorf("points: partner spend: %w", err)
	}
	id, err := l.resolve(in.MemberCode)
	if err != nil {
		return rest.PartnerSpent{}, fmt.Errorf("points: partner spend: %w", err)
	}
	now := l.now()
	out := rest.PartnerSpent{Item: in.Item, Price: in.Price}
	err = l.st.Record(ctx, func(st *store.Tx) error {
		tx := l.tx(st)
		ex := rest.PartnerExchangeInput{MemberCode: in.MemberCode, Partner: in.Partner, Direction: rest.ExchangeOut, Key: in.Key}
		var t transfer
		found, err := transferByKey(ctx, tx, in.Partner, in.Key, &t)
		if err != nil {
			return err
		}
		if found {
			if err := sameSpend(ctx, tx, t, id, in); err != nil {
				return err
			}
			out.Replayed = true
		} else if t, err = l.spendAtPartner(ctx, tx, id, ex, in, now); err != nil {
			return err
		}
		return fillExchanged(ctx, tx, &out.PartnerExchanged, t, id, in.Partner)
	})
	if err != nil {
		return rest.PartnerSpent{}, fmt.Errorf("points: partner spend: %w", err)
	}
	return out, nil
}

// sameSpend checks that the exchange t already under the key was this
// member's spend of this item at this price.
func sameSpend(ctx context.Context, tx *ledgerTx, t transfer, id string, in rest.PartnerSpendInput) error {
	var item string
	var price int64
	err := tx.QueryRowContext(ctx, `SELECT item, points FROM point_partner_spends WHERE partner_id = ? AND key = ?`,
		in.Partner, in.Key).Scan(&item, &price)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrKeyReused // a plain exchange's key
	}
	if err != nil {
		return err
	}
	if t.member != id || t.entry == 0 || item != in.Item || price != in.Price {
		return ErrKeyReused
	}
	return nil
}

// spendAtPartner writes the exchange out that pays for the item, then
// the spend from the partner balance it credited.
func (l *Ledger) spendAtPartner(ctx context.Context, tx *ledgerTx, id string, ex rest.PartnerExchangeInput,
	in rest.PartnerSpendInput, now time.Time) (transfer, error) {
	p, err := partnerIn(ctx, tx, in.Partner)
	if err != nil {
		return transfer{}, err
	}
	if ex.Points = outFor(p.Out, in.Price); ex.Points > MaxPoints {
		return transfer{}, &content.FieldError{Field: "price", Message: "costs more of our points than one exchange may move"}
	}
	t, err := l.exchange(ctx, tx, id, ex, now)
	if err != nil {
		return transfer{}, err
	}
	res, err := tx.ExecContext(ctx, qPartnerDebit, in.Price, id, in.Partner)
	if err != nil {
		return transfer{}, err
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return transfer{}, cmp.Or(err, errors.New("points: the exchange did not cover the price"))
	}
	_, err = tx.ExecContext(ctx, qPartnerSpend, in.Partner, in.Key, id, in.Item, in.Price, now.UnixMilli())
	return t, err
}
