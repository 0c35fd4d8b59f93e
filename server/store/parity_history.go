package store

import (
	"context"
	"fmt"
	"time"
)

// MaxParityDays bounds a parity history: a year of days.
const MaxParityDays = 366

// ParityDay is one of the store's days and how many products' channel
// prices differed from the price in store that day (its last count);
// Mismatches is nil for a day nobody counted (the server was off).
type ParityDay struct {
	Day        string // YYYY-MM-DD in the store's time zone
	Mismatches *int
}

// RecordParityDay writes today's count of parity mismatches (the store's
// day, on its clock). Imports do it as they change prices; a daily tick
// does it too so a day without imports still has its count.
func (s *Store) RecordParityDay(ctx context.Context) error {
	now := s.now()
	err := s.record(ctx, func(tx *Tx) error { return recordParityDay(ctx, tx, s.today(), now) })
	if err != nil {
		return fmt.Errorf("store: record parity day: %w", err)
	}
	return nil
}

// recordParityDay sets day's count to the current one, in tx so an import
// and its count agree.
func recordParityDay(ctx context.Context, tx *Tx, day string, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO parity_days (day, mismatches, at)
		SELECT ?, count(*), ? FROM products WHERE parity_since IS NOT NULL
		ON CONFLICT (day) DO UPDATE SET mismatches = excluded.mismatches, at = excluded.at`, day, now.UnixMilli())
	if err != nil {
		return fmt.Errorf("parity day %s: %w", day, err)
	}
	return nil
}

// ParityHistory returns the last days days (1..MaxParityDays) up to the
// store's today, oldest first, one entry per day whether counted or not.
func (s *Store) ParityHistory(ctx context.Context, days int) ([]ParityDay, error) {
	if days < 1 || days > MaxParityDays {
		return nil, fmt.Errorf("store: parity history: %d days is out of range 1..%d", days, MaxParityDays)
	}
	loc := s.location()
	today := s.now().In(loc)
	// Noon keeps AddDate away from a DST change's missing or doubled hour.
	noon := time.Date(today.Year(), today.Month(), today.Day(), 12, 0, 0, 0, loc)
	out := make([]ParityDay, days)
	for i := range out {
		out[i].Day = noon.AddDate(0, 0, i-days+1).Format(time.DateOnly)
	}
	type counted struct {
		day string
		n   int
	}
	rows, err := queryAll(ctx, s, func(r rowScanner) (counted, error) {
		var c counted
		return c, r.Scan(&c.day, &c.n)
	}, `SELECT day, mismatches FROM parity_days WHERE day BETWEEN ? AND ? ORDER BY day`, out[0].Day, out[days-1].Day)
	if err != nil {
		return nil, fmt.Errorf("store: parity history: %w", err)
	}
	byDay := make(map[string]int, len(rows))
	for _, c := range rows {
		byDay[c.day] = c.n
	}
	for i := range out {
		if n, ok := byDay[out[i].Day]; ok {
			out[i].Mismatches = &n
		}
	}
	return out, nil
}
