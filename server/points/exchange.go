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

// Refusals of an exchange.
var (
	ErrCap    = errors.New("the daily exchange cap would be passed")
	ErrTooFew = errors.New("too few points to receive any at this rate")
)

// The statements of every exchange, prepared with the ledger's (queries.go).
const (
	qTransferByKey = `SELECT member_id, direction, asked, ours, theirs, coalesce(entry, 0)
		FROM point_transfers WHERE partner_id = ? AND key = ?`
	qPartnerBalance = `SELECT balance FROM point_partner_balances WHERE member_id = ? AND partner_id = ?`
	qEntry          = `SELECT ` + entryColumns + ` FROM point_entries WHERE seq = ?`
	qPartnerCredit  = `INSERT INTO point_partner_balances (member_id, partner_id, balance) VALUES (?, ?, ?)
		ON CONFLICT (member_id, partner_id) DO UPDATE SET balance = balance + excluded.balance`
	qTransfer = `INSERT INTO point_transfers
		(member_id, partner_id, direction, asked, ours, theirs, entry, key, day, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

// issuerOf is the issuer of a partner's entries in our ledger: a till's
// receipt ids can never clash with an exchange's keys.
func issuerOf(partner string) string { return "partner:" + partner }

// ValidateExchange checks an exchange's own fields.
func ValidateExchange(in rest.PartnerExchangeInput) error {
	if err := checkKey("key", in.Key); err != nil {
		return err
	}
	if err := checkKey("partner", in.Partner); err != nil {
		return err
	}
	if in.Direction != rest.ExchangeOut && in.Direction != rest.ExchangeIn {
		return &content.FieldError{Field: "direction", Message: "must be out or in"}
	}
	if in.Points < 1 || in.Points > MaxPoints {
		return &content.FieldError{Field: "points", Message: fmt.Sprintf("must be 1 to %d", MaxPoints)}
	}
	return nil
}

// Exchange moves a member's points between our ledger and a partner's:
// out spends ours (oldest lots first) and credits theirs, in debits
// theirs and earns ours as a new lot. What is received rounds down, so
// no exchange makes points. The key is used once per partner: sent again
// with the same request it answers the first result, Replayed; with
// another it is ErrKeyReused. The balances, the caps (ErrCap) and the
// writes are one transaction, so concurrent exchanges cannot pass them.
func (l *Ledger) Exchange(ctx context.Context, in rest.PartnerExchangeInput) (rest.PartnerExchanged, error) {
	if err := ValidateExchange(in); err != nil {
		return rest.PartnerExchanged{}, fmt.Errorf("points: exchange: %w", err)
	}
	id, err := l.resolve(in.MemberCode)
	if err != nil {
		return rest.PartnerExchanged{}, fmt.Errorf("points: exchange: %w", err)
	}
	now := l.now()
	var out rest.PartnerExchanged
	err = l.st.Record(ctx, func(st *store.Tx) error {
		tx := l.tx(st)
		var t transfer
		found, err := transferByKey(ctx, tx, in.Partner, in.Key, &t)
		if err != nil {
			return err
		}
		if found {
			// Entry 0: a deleted membership's exchange, whose key stays spent.
			if t.member != id || t.direction != in.Direction || t.asked != in.Points || t.entry == 0 {
				return ErrKeyReused
			}
			out.Replayed = true
		} else if t, err = l.exchange(ctx, tx, id, in, now); err != nil {
			return err
		}
		return fillExchanged(ctx, tx, &out, t, id, in.Partner)
	})
	if err != nil {
		return rest.PartnerExchanged{}, fmt.Errorf("points: exchange: %w", err)
	}
	return out, nil
}

// fillExchanged completes the answer to an exchange t of member id with
// partner, new or replayed: its entry, the points each side moved and
// both balances after it.
func fillExchanged(ctx context.Context, tx *ledgerTx, out *rest.PartnerExchanged, t transfer, id, partner string) error {
	e, err := scanEntry(tx.QueryRowContext(ctx, qEntry, t.entry))
	if err != nil {
		return err
	}
	out.Entry, out.Ours, out.Theirs = e.PointsEntry, t.ours, t.theirs
	if out.Balance, err = balance(ctx, tx, id); err != nil {
		return err
	}
	out.PartnerBalance, err = partnerBalance(ctx, tx, id, partner)
	return err
}

// transfer is a point_transfers row.
type transfer struct {
	member, direction   string
	asked, ours, theirs int64
	entry               int64
}

func transferByKey(ctx context.Context, tx *ledgerTx, partner, key string, t *transfer) (bool, error) {
	err := tx.QueryRowContext(ctx, qTransferByKey, partner, key).
		Scan(&t.member, &t.direction, &t.asked, &t.ours, &t.theirs, &t.entry)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func partnerBalance(ctx context.Context, tx *ledgerTx, member, partner string) (int64, error) {
	var b int64
	err := tx.QueryRowContext(ctx, qPartnerBalance,
		member, partner).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return b, err
}

// exchange writes a new exchange: checks the rate, the caps and the
// balances, then both sides and the transfer row.
func (l *Ledger) exchange(ctx context.Context, tx *ledgerTx, id string, in rest.PartnerExchangeInput, now time.Time) (transfer, error) {
	p, err := partnerIn(ctx, tx, in.Partner)
	if err != nil {
		return transfer{}, err
	}
	t := transfer{member: id, direction: in.Direction, asked: in.Points}
	if in.Direction == rest.ExchangeOut {
		t.ours, t.theirs = in.Points, in.Points*p.Out.Num/p.Out.Den
	} else {
		t.theirs, t.ours = in.Points, in.Points*p.In.Num/p.In.Den
	}
	if t.ours == 0 || t.theirs == 0 {
		return transfer{}, ErrTooFew
	}
	day := l.st.Today()
	if err := checkCaps(ctx, tx, p, id, day, t.ours); err != nil {
		return transfer{}, err
	}
	if in.Direction == rest.ExchangeOut {
		err = l.exchangeOut(ctx, tx, &t, in, now)
	} else {
		err = l.exchangeIn(ctx, tx, &t, in, now)
	}
	if err != nil {
		return transfer{}, err
	}
	_, err = tx.ExecContext(ctx, qTransfer,
		id, in.Partner, in.Direction, t.asked, t.ours, t.theirs, t.entry, in.Key, day, now.UnixMilli())
	return t, err
}

// checkCaps refuses an exchange of ours (our points) that would take the
// member's or the partner's exchanges today past their caps.
func checkCaps(ctx context.Context, tx *ledgerTx, p rest.PointsPartner, member, day string, ours int64) error {
	if p.MemberCap == 0 && p.PartnerCap == 0 {
		return nil
	}
	var byMember, byPartner int64
	err := tx.QueryRowContext(ctx, `SELECT coalesce(sum(ours) FILTER (WHERE member_id = ?3), 0), coalesce(sum(ours), 0)
		FROM point_transfers WHERE partner_id = ?1 AND day = ?2`, p.ID, day, member).Scan(&byMember, &byPartner)
	if err != nil {
		return err
	}
	if p.MemberCap > 0 && byMember+ours > p.MemberCap {
		return fmt.Errorf("%w: %d of the member's %d a day left", ErrCap, max(p.MemberCap-byMember, 0), p.MemberCap)
	}
	if p.PartnerCap > 0 && byPartner+ours > p.PartnerCap {
		return fmt.Errorf("%w: %d of the partner's %d a day left", ErrCap, max(p.PartnerCap-byPartner, 0), p.PartnerCap)
	}
	return nil
}

// exchangeOut spends our points (as a spend under the partner's issuer)
// and credits the partner's.
func (l *Ledger) exchangeOut(ctx context.Context, tx *ledgerTx, t *transfer, in rest.PartnerExchangeInput, now time.Time) error {
	if err := expireDue(ctx, tx, t.member, now); err != nil {
		return err
	}
	e := entry{member: t.member, PointsEntry: rest.PointsEntry{Kind: rest.PointsSpend, Points: -t.ours,
		Issuer: issuerOf(in.Partner), Key: in.Key, At: now}}
	if _, err := add(ctx, tx, &e); err != nil {
		return err
	}
	t.entry = e.Seq
	if err := take(ctx, tx, t.member, e.Seq, 0, t.ours); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, qPartnerCredit,
		t.member, in.Partner, t.theirs)
	return err
}

// exchangeIn debits the partner's points, refusing to take them below
// zero in the same statement, and earns ours as a new lot.
func (l *Ledger) exchangeIn(ctx context.Context, tx *ledgerTx, t *transfer, in rest.PartnerExchangeInput, now time.Time) error {
	var left int64
	err := tx.QueryRowContext(ctx, `UPDATE point_partner_balances SET balance = balance - ?1
		WHERE member_id = ?2 AND partner_id = ?3 AND balance >= ?1 RETURNING balance`,
		t.theirs, t.member, in.Partner).Scan(&left)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrInsufficient
	}
	if err != nil {
		return err
	}
	r, err := rulesIn(ctx, tx)
	if err != nil {
		return err
	}
	e := entry{member: t.member, PointsEntry: rest.PointsEntry{Kind: rest.PointsEarn, Points: t.ours,
		Issuer: issuerOf(in.Partner), Key: in.Key, At: now}}
	if _, err := add(ctx, tx, &e); err != nil {
		return err
	}
	t.entry = e.Seq
	_, err = tx.ExecContext(ctx, qLot, e.Seq, t.member, t.ours, t.ours, now.AddDate(0, 0, r.ExpiryDays).UnixMilli())
	return err
}
