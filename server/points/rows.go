package points

import (
	"context"
	"errors"
)

type rowScanner interface{ Scan(dest ...any) error }

// all runs query on q and scans every row with scan. Callers
// that write after reading inside a transaction read everything first:
// the one connection cannot run a statement while rows are open.
func all[T any](ctx context.Context, q querier, scan func(rowScanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, v)
	}
	return out, errors.Join(rows.Err(), rows.Close())
}
