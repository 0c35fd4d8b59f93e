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
}

func (m Mismatch) String() string {
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
		out = append(members, lots...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("points: verify: %w", err)
	}
	return out, nil
}
