package store

import (
	"context"
	"fmt"

	"storecast/app/content"
)

// ApplyUp records, at head office, one report a store sent up: origin is
// the store's id and row its outbox row, which grows with every report.
// A report at or below the last one applied from that store came again
// and is skipped (applied false). The count and the row are written in
// one transaction, so a report is counted exactly once.
func (s *Store) ApplyUp(ctx context.Context, origin string, row int64, e content.UpEvent) (bool, error) {
	err := s.record(ctx, func(tx *Tx) error {
		if err := claimRow(tx, origin, row); err != nil {
			return err
		}
		return addCount(tx, origin, e.Day, e.Kind, e.N)
	})
	ok, err := applied(err)
	if err != nil {
		return false, fmt.Errorf("store: apply up %s:%d: %w", origin, row, err)
	}
	return ok, nil
}

func addCount(tx *Tx, store, day, kind string, n int) error {
	_, err := tx.ExecContext(tx.ctx, `INSERT INTO chain_counts (store, day, kind, n) VALUES (?, ?, ?, ?)
		ON CONFLICT (store, day, kind) DO UPDATE SET n = n + excluded.n`, store, day, kind, n)
	return err
}

// ChainCount is what a group of stores did on one day.
type ChainCount struct {
	Day         string // the store's date, YYYY-MM-DD
	Key         string // the store's id, its region, or "chain"
	Plays       int
	Claims      int
	Redemptions int
	StaffCalls  int
}

// Report groupings.
const (
	ByStore  = "store"
	ByRegion = "region"
	ByChain  = "chain"
)

// ChainReport sums the stores' reports per day from and to (dates,
// inclusive) by store, region or the whole chain, by day then key.
func (s *Store) ChainReport(ctx context.Context, by, from, to string) ([]ChainCount, error) {
	key := map[string]string{ByStore: "c.store", ByRegion: "coalesce(s.region, '')", ByChain: "'chain'"}[by]
	if key == "" {
		return nil, fmt.Errorf("store: chain report: cannot group by %q", by)
	}
	rows, err := queryAll(ctx, s, func(r rowScanner) (ChainCount, error) {
		var c ChainCount
		err := r.Scan(&c.Day, &c.Key, &c.Plays, &c.Claims, &c.Redemptions, &c.StaffCalls)
		return c, err
	}, `SELECT c.day, `+key+` AS k,
			sum(CASE c.kind WHEN ? THEN c.n ELSE 0 END),
			sum(CASE c.kind WHEN ? THEN c.n ELSE 0 END),
			sum(CASE c.kind WHEN ? THEN c.n ELSE 0 END),
			sum(CASE c.kind WHEN ? THEN c.n ELSE 0 END)
		FROM chain_counts c LEFT JOIN chain_stores s ON s.id = c.store
		WHERE c.day >= ? AND c.day <= ?
		GROUP BY c.day, k ORDER BY c.day, k LIMIT ?`,
		content.UpPlay, content.UpClaim, content.UpRedeem, content.UpStaffCall, from, to, 100*s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: chain report: %w", err)
	}
	return rows, nil
}
