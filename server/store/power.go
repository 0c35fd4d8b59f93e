package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"storecast/app/content"
)

// powerKey is the setting holding the screens' power schedules, one JSON
// document: staff edit them as a whole, and screens get them as a whole
// (content.OpPowerUpdate).
const powerKey = "screens.power"

// Power returns the screens' power schedules (none: every screen stays on).
func (s *Store) Power(ctx context.Context) (content.Power, error) {
	v, err := s.Setting(ctx, powerKey)
	if errors.Is(err, ErrNotFound) {
		return content.Power{Schedules: []content.PowerSchedule{}}, nil
	}
	if err != nil {
		return content.Power{}, fmt.Errorf("store: power: %w", err)
	}
	var p content.Power
	if err := json.Unmarshal([]byte(v), &p); err != nil {
		return content.Power{}, fmt.Errorf("store: power: %w", err)
	}
	if p.Schedules == nil {
		p.Schedules = []content.PowerSchedule{}
	}
	return p, nil
}

// SetPower replaces the power schedules and tells every screen.
func (s *Store) SetPower(ctx context.Context, p content.Power) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if p.Schedules == nil {
		p.Schedules = []content.PowerSchedule{}
	}
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	err = s.change(ctx, "screens.power", func(tx *Tx) error {
		if err := setSetting(ctx, tx, powerKey, string(b), s.now().UnixMilli()); err != nil {
			return err
		}
		tx.Audit("", fmt.Sprintf("%d schedules", len(p.Schedules)))
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpPowerUpdate, Power: &p})
	})
	if err != nil {
		return fmt.Errorf("store: set power: %w", err)
	}
	return nil
}
