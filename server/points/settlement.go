package points

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

// Settlement sums the exchanges of each store day from from to to
// (inclusive, YYYY-MM-DD) with each partner. Points we sent out are
// ours the partner honours, so we owe it their value; points that came
// in are the partner's debt to us. fenPerPoint values one of our points.
func (l *Ledger) Settlement(ctx context.Context, from, to string, fenPerPoint int64) ([]rest.PointsSettlement, error) {
	for f, d := range map[string]string{"from": from, "to": to} {
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return nil, fmt.Errorf("points: settlement: %w", &content.FieldError{Field: f, Message: "must be a date, YYYY-MM-DD"})
		}
	}
	var out []rest.PointsSettlement
	err := l.st.Read(ctx, func(conn *sql.Conn) (err error) {
		out, err = all(ctx, conn, func(r rowScanner) (s rest.PointsSettlement, err error) {
			err = r.Scan(&s.Day, &s.Partner, &s.OutOurs, &s.OutTheirs, &s.InOurs, &s.InTheirs)
			s.OwedPoints = s.OutOurs - s.InOurs
			s.OwedFen = s.OwedPoints * fenPerPoint
			return s, err
		}, `SELECT day, partner_id,
			coalesce(sum(ours) FILTER (WHERE direction = 'out'), 0), coalesce(sum(theirs) FILTER (WHERE direction = 'out'), 0),
			coalesce(sum(ours) FILTER (WHERE direction = 'in'), 0), coalesce(sum(theirs) FILTER (WHERE direction = 'in'), 0)
			FROM point_transfers WHERE day BETWEEN ? AND ? GROUP BY day, partner_id ORDER BY day, partner_id`, from, to)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("points: settlement: %w", err)
	}
	return out, nil
}
