package store

import (
	"context"
	"fmt"
	"time"
)

// MissedSearch is a price-check search text that found nothing.
type MissedSearch struct {
	Query           string
	Count           int
	FirstAt, LastAt time.Time
}

// maxMissedSearches bounds the table: anyone at a kiosk can type, so the
// rarest of the oldest go when it is full.
const maxMissedSearches = 10_000

// RecordMissedSearch counts a search that found nothing. query is already
// normalised (content.NormalQuery): it is all that is kept, with no screen,
// address or person.
func (s *Store) RecordMissedSearch(ctx context.Context, query string) error {
	ms := s.now().UnixMilli()
	err := s.record(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO missed_searches (query, count, first_at, last_at) VALUES (?, 1, ?, ?)
			ON CONFLICT (query) DO UPDATE SET count = count + 1, last_at = excluded.last_at`, query, ms, ms)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM missed_searches WHERE query IN (SELECT query FROM missed_searches
			ORDER BY count DESC, last_at DESC LIMIT -1 OFFSET ?)`, maxMissedSearches)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: missed search: %w", err)
	}
	return nil
}

// MissedSearches returns up to limit searches that found nothing, the
// most asked first.
func (s *Store) MissedSearches(ctx context.Context, limit int) ([]MissedSearch, error) {
	out, err := queryAll(ctx, s, func(r rowScanner) (MissedSearch, error) {
		var m MissedSearch
		var first, last int64
		err := r.Scan(&m.Query, &m.Count, &first, &last)
		m.FirstAt, m.LastAt = time.UnixMilli(first).UTC(), time.UnixMilli(last).UTC()
		return m, err
	}, `SELECT query, count, first_at, last_at FROM missed_searches ORDER BY count DESC, last_at DESC, query LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: missed searches: %w", err)
	}
	return out, nil
}
