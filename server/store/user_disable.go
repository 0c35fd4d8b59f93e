package store

import (
	"context"
	"database/sql"
	"fmt"
)

// SetUserDisabled disables or enables an account. Disabling ends its
// sessions at once; its API tokens are refused while it stays disabled
// (UserByAPIToken) and work again if it is enabled, like the account
// itself, which keeps its name, role and password.
func (s *Store) SetUserDisabled(ctx context.Context, id string, disabled bool) error {
	action := "user.enable"
	var at sql.NullInt64
	if disabled {
		action = "user.disable"
		at = sql.NullInt64{Int64: s.now().UnixMilli(), Valid: true}
	}
	err := s.change(ctx, action, func(tx *Tx) error {
		// COALESCE keeps the first disabling's time if it is disabled twice.
		res, err := tx.ExecContext(ctx, `UPDATE users SET disabled_at = CASE WHEN ? THEN COALESCE(disabled_at, ?) END, updated_at = ? WHERE id = ?`,
			disabled, at, s.now().UnixMilli(), id)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		if disabled {
			if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, id); err != nil {
				return err
			}
		}
		tx.Audit(id, "")
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: %s: %w", action, err)
	}
	return nil
}
