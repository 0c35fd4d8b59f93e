package points

import (
	"context"
	"fmt"

	"storecast/server/store"
)

// Delete ends the code's membership: the member row (their id, the keyed
// hash of their phone), their entries, lots and draws are deleted, and
// what the entries summed to by kind is added to the store's retired
// totals, so the store's books still add up without the person. Their
// balance is forfeit. The audit entry names no member.
func (l *Ledger) Delete(ctx context.Context, code string) error {
	id, err := l.resolve(code)
	if err != nil {
		return fmt.Errorf("points: delete: %w", err)
	}
	err = l.st.Change(ctx, "points.member.delete", func(st *store.Tx) error {
		tx := l.tx(st)
		if _, err := balance(ctx, tx, id); err != nil {
			return err
		}
		n, err := retire(ctx, tx, id)
		if err != nil {
			return err
		}
		tx.Audit("membership", fmt.Sprintf("deleted at the member's request; %d entries retired", n))
		return nil
	})
	if err != nil {
		return fmt.Errorf("points: delete: %w", err)
	}
	return nil
}

// retire deletes member id and everything of theirs, adding what their
// entries summed to, by kind, to point_retired; it returns how many
// entries went.
func retire(ctx context.Context, tx *ledgerTx, id string) (int64, error) {
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM point_entries WHERE member_id = ?`, id).Scan(&n); err != nil {
		return 0, err
	}
	for _, q := range []string{
		`INSERT INTO point_retired (kind, points, entries)
			SELECT kind, sum(points), count(*) FROM point_entries WHERE member_id = ? GROUP BY kind
			ON CONFLICT (kind) DO UPDATE SET points = points + excluded.points, entries = entries + excluded.entries`,
		// Exchanges stay for settlement, without the person.
		`UPDATE point_transfers SET member_id = '', entry = NULL WHERE member_id = ?`,
		`UPDATE point_partner_spends SET member_id = '' WHERE member_id = ?`,
		`DELETE FROM point_partner_balances WHERE member_id = ?`,
		`DELETE FROM point_draws WHERE entry IN (SELECT seq FROM point_entries WHERE member_id = ?)`,
		`DELETE FROM point_lots WHERE member_id = ?`,
		// A reversal points at the entry it reverses: those go first.
		`DELETE FROM point_entries WHERE member_id = ? AND reverses IS NOT NULL`,
		`DELETE FROM point_entries WHERE member_id = ?`,
		`DELETE FROM point_members WHERE id = ?`,
	} {
		if _, err := tx.ExecContext(ctx, q, id); err != nil {
			return 0, err
		}
	}
	return n, nil
}
