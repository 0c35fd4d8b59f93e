package points

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"storecast/app/rest"
	"storecast/server/store"
)

// Rules returns the earning rules in force.
func (l *Ledger) Rules(ctx context.Context) (rest.PointsRules, error) {
	var r rest.PointsRules
	err := l.st.Read(ctx, func(conn *sql.Conn) (err error) {
		r, err = rulesIn(ctx, conn)
		return err
	})
	if err != nil {
		return rest.PointsRules{}, fmt.Errorf("points: rules: %w", err)
	}
	return r, nil
}

// SetRules validates r and puts it in force for earns from now on; earns
// already written keep their points.
func (l *Ledger) SetRules(ctx context.Context, r rest.PointsRules) error {
	if err := ValidateRules(r); err != nil {
		return fmt.Errorf("points: rules: %w", err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("points: rules: %w", err)
	}
	err = l.st.Change(ctx, "points.rules", func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO point_rules (id, rules, updated_at) VALUES (1, ?, ?)
			ON CONFLICT (id) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at`, string(b), l.now().UnixMilli())
		tx.Audit("rules", string(b))
		return err
	})
	if err != nil {
		return fmt.Errorf("points: rules: %w", err)
	}
	return nil
}
