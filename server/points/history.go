package points

import (
	"context"
	"database/sql"
	"fmt"

	"storecast/app/rest"
)

// maxPage is the most entries one page of history holds.
const maxPage = 200

// History returns the code's member's entries newest first, older than
// seq before (0: the newest).
func (l *Ledger) History(ctx context.Context, code string, before int64, limit int) (rest.PointsHistory, error) {
	id, err := l.resolve(code)
	if err != nil {
		return rest.PointsHistory{}, fmt.Errorf("points: history: %w", err)
	}
	limit = max(1, min(limit, maxPage))
	if before <= 0 {
		before = 1 << 62
	}
	var h rest.PointsHistory
	err = l.st.Read(ctx, func(conn *sql.Conn) error {
		if _, err := l.member(ctx, conn, id); err != nil {
			return err
		}
		h.Entries, err = entries(ctx, conn, `SELECT `+entryColumns+` FROM point_entries
			WHERE member_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?`, id, before, limit)
		return err
	})
	if err != nil {
		return rest.PointsHistory{}, fmt.Errorf("points: history: %w", err)
	}
	if len(h.Entries) == limit {
		h.Next = h.Entries[limit-1].Seq
	}
	return h, nil
}

// Export returns everything stored about the code's member: the member
// row and every entry, oldest first.
func (l *Ledger) Export(ctx context.Context, code string) (rest.PointsExport, error) {
	id, err := l.resolve(code)
	if err != nil {
		return rest.PointsExport{}, fmt.Errorf("points: export: %w", err)
	}
	var x rest.PointsExport
	err = l.st.Read(ctx, func(conn *sql.Conn) error {
		if x.Member, err = l.member(ctx, conn, id); err != nil {
			return err
		}
		x.Entries, err = entries(ctx, conn, `SELECT `+entryColumns+` FROM point_entries WHERE member_id = ? ORDER BY seq`, id)
		return err
	})
	if err != nil {
		return rest.PointsExport{}, fmt.Errorf("points: export: %w", err)
	}
	return x, nil
}

func entries(ctx context.Context, q querier, query string, args ...any) ([]rest.PointsEntry, error) {
	return all(ctx, q, func(r rowScanner) (rest.PointsEntry, error) {
		e, err := scanEntry(r)
		return e.PointsEntry, err
	}, query, args...)
}
