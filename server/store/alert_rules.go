package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"storecast/app/rest"
)

// alertRulesKey is the setting holding the alert rules as JSON.
const alertRulesKey = "alert.rules"

// AlertRules returns the store's alert rules, or rest.DefaultAlertRules
// if an admin never set them.
func (s *Store) AlertRules(ctx context.Context) (rest.AlertRules, error) {
	v, err := s.Setting(ctx, alertRulesKey)
	if errors.Is(err, ErrNotFound) {
		return rest.DefaultAlertRules(), nil
	}
	if err != nil {
		return rest.AlertRules{}, err
	}
	// Over the defaults: rules saved before a rule existed get its
	// default.
	r := rest.DefaultAlertRules()
	if err := json.Unmarshal([]byte(v), &r); err != nil {
		return rest.AlertRules{}, fmt.Errorf("store: alert rules: %w", err)
	}
	return r, nil
}

// SetAlertRules replaces the alert rules (already validated).
func (s *Store) SetAlertRules(ctx context.Context, r rest.AlertRules) error {
	b, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("store: set alert rules: %w", err)
	}
	err = s.change(ctx, "alert.rules", func(tx *Tx) error {
		tx.Audit("", string(b))
		return setSetting(ctx, tx, alertRulesKey, string(b), s.now().UnixMilli())
	})
	if err != nil {
		return fmt.Errorf("store: set alert rules: %w", err)
	}
	return nil
}
