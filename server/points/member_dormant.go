package points

import (
	"context"
	"fmt"
	"time"

	"storecast/server/store"
)

// DefaultDormant is how long a membership with no points and no entry is
// kept: two years, after which a shopper who never came back is no
// longer on file (PIPL art. 19: kept no longer than its purpose needs).
const DefaultDormant = 730 * 24 * time.Hour

// RetireDormant deletes, as Delete does, every membership whose last
// entry (or, with none, whose joining) is older than after and whose
// balance is 0 — a member with points keeps them until they expire, and
// is dormant only after that. It returns how many went; after 0 does
// nothing.
func (l *Ledger) RetireDormant(ctx context.Context, after time.Duration) (int, error) {
	if after <= 0 {
		return 0, nil
	}
	before := l.now().Add(-after).UnixMilli()
	total := 0
	for {
		n := 0
		err := l.st.Change(ctx, "points.member.retire", func(st *store.Tx) error {
			tx := l.tx(st)
			ids, err := all(ctx, tx, func(r rowScanner) (id string, err error) { return id, r.Scan(&id) },
				`SELECT m.id FROM point_members m
				WHERE m.balance = 0 AND m.consented_at < ?1
				AND NOT EXISTS (SELECT 1 FROM point_entries e WHERE e.member_id = m.id AND e.at >= ?1)
				LIMIT ?2`, before, expireBatch)
			if err != nil {
				return err
			}
			var entries int64
			for _, id := range ids {
				e, err := retire(ctx, tx, id)
				if err != nil {
					return err
				}
				entries += e
			}
			n = len(ids)
			if n > 0 {
				tx.Audit("memberships", fmt.Sprintf("%d dormant memberships deleted (no points, nothing for %v); %d entries retired", n, after, entries))
			}
			return nil
		})
		if err != nil {
			return total, fmt.Errorf("points: retire dormant: %w", err)
		}
		total += n
		if n < expireBatch {
			return total, nil
		}
	}
}
