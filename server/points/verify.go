package points

import (
	"context"
	"database/sql"
	"fmt"

	"storecast/server/store"
)

// Mismatch is one thing verify found wrong.
type Mismatch struct {
	Member  string // a member whose balance disagrees, or ""
	Lot     int64  // a lot out of bounds, or 0
	Balance int64  // the member's stored balance
	Entries int64  // what their entries sum to
	Lots    int64  // what their lots hold
	// A partner balance that disagrees with its exchanges less what was
	// spent there (partner_spend.go), or an
	// exchange whose entry in our ledger does not match it.
	Partner  string
	Transfer int64
}

func (m Mismatch) String() string {
	if m.Transfer != 0 {
		return fmt.Sprintf("exchange %d: its entry in our ledger does not move %d points", m.Transfer, m.Entries)
	}
	if m.Partner != "" {
		return fmt.Sprintf("member %s at partner %s: balance %d, exchanges less spends there sum to %d", m.Member, m.Partner, m.Balance, m.Entries)
	}
	if m.Lot != 0 {
		return fmt.Sprintf("lot %d holds %d points, outside 0 to what it earned", m.Lot, m.Lots)
	}
	return fmt.Sprintf("member %s: balance %d, entries sum to %d, lots hold %d", m.Member, m.Balance, m.Entries, m.Lots)
}

// Verify checks every member's balance against the sum of their entries
// and of their lots, and that no lot is negative or above what it
// earned; it returns what disagrees (none: the ledger is sound). It reads
// one snapshot, so a running server's writes do not make it disagree.
func Verify(ctx context.Context, st *store.Store) ([]Mismatch, error) {
	var out []Mismatch
	err := st.Read(ctx, func(conn *sql.Conn) error {
		tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			return err
		}
		defer tx.Rollback() //nolint:errcheck // read only
		members, err := all(ctx, tx, func(r rowScanner) (m Mismatch, err error) {
			return m, r.Scan(&m.Member, &m.Balance, &m.Entries, &m.Lots)
		}, `SELECT m.id, m.balance,
			(SELECT coalesce(sum(points), 0) FROM point_entries WHERE member_id = m.id),
			(SELECT coalesce(sum(remaining), 0) FROM point_lots WHERE member_id = m.id)
			FROM point_members m
			WHERE m.balance != (SELECT coalesce(sum(points), 0) FROM point_entries WHERE member_id = m.id)
			   OR m.balance != (SELECT coalesce(sum(remaining), 0) FROM point_lots WHERE member_id = m.id)
			   OR m.balance < 0`)
		if err != nil {
			return err
		}
		lots, err := all(ctx, tx, func(r rowScanner) (m Mismatch, err error) {
			return m, r.Scan(&m.Lot, &m.Lots)
		}, `SELECT entry, remaining FROM point_lots WHERE remaining < 0 OR remaining > earned`)
		if err != nil {
			return err
		}
		transfers, err := all(ctx, tx, func(r rowScanner) (m Mismatch, err error) {
			return m, r.Scan(&m.Transfer, &m.Entries)
		}, `SELECT t.seq, CASE t.direction WHEN 'out' THEN -t.ours ELSE t.ours END FROM point_transfers t
			LEFT JOIN point_entries e ON e.seq = t.entry
			WHERE t.entry IS NOT NULL AND (e.seq IS NULL OR e.issuer != 'partner:' || t.partner_id
			   OR e.points != CASE t.direction WHEN 'out' THEN -t.ours ELSE t.ours END)`)
		if err != nil {
			return err
		}
		partners, err := all(ctx, tx, func(r rowScanner) (m Mismatch, err error) {
			return m, r.Scan(&m.Member, &m.Partner, &m.Balance, &m.Entries)
		}, `SELECT b.member_id, b.partner_id, b.balance, coalesce((SELECT sum(CASE direction WHEN 'out' THEN theirs ELSE -theirs END)
			FROM point_transfers t WHERE t.member_id = b.member_id AND t.partner_id = b.partner_id), 0)
			- coalesce((SELECT sum(points) FROM point_partner_spends s
			WHERE s.member_id = b.member_id AND s.partner_id = b.partner_id), 0) AS s
			FROM point_partner_balances b WHERE b.balance != s`)
		out = append(append(append(members, lots...), transfers...), partners...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("points: verify: %w", err)
	}
	return out, nil
}
