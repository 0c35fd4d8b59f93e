package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"storecast/app/content"
)

// CreateOverride stores an urgent message; it preempts the targeted screens
// until cleared or expired.
func (s *Store) CreateOverride(ctx context.Context, o content.Override) (content.Override, error) {
	o.ID, o.CreatedAt, o.CreatedBy = NewID(), s.now().Truncate(time.Millisecond), ActorFrom(ctx)
	o.ExpiresAt = o.ExpiresAt.UTC().Truncate(time.Millisecond)
	msg, err := encodeText(o.Message)
	if err != nil {
		return content.Override{}, err
	}
	groups, _ := json.Marshal(nonNil(o.Groups))
	err = s.change(ctx, "override.set", func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO overrides (id, message, severity, groups, expires_at, created_at, created_by)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, o.ID, msg, o.Severity, string(groups), o.ExpiresAt.UnixMilli(), o.CreatedAt.UnixMilli(), o.CreatedBy)
		if err != nil {
			return err
		}
		tx.Audit(o.ID, o.Severity+": "+o.Message.In(content.DefaultLocale))
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpOverrideSet, Override: &o})
	})
	if err != nil {
		return content.Override{}, fmt.Errorf("store: create override: %w", err)
	}
	return o, nil
}

// ClearOverride ends an override before it expires.
func (s *Store) ClearOverride(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "override.clear", id, "", deleted(content.StreamStore, content.OpOverrideClear, id), `UPDATE overrides SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL`, s.now().UnixMilli(), id)
	if err != nil {
		return fmt.Errorf("store: clear override: %w", err)
	}
	return nil
}

// ActiveOverrides lists overrides neither cleared nor expired (at most
// listMax), newest first.
func (s *Store) ActiveOverrides(ctx context.Context) ([]content.Override, error) {
	list, err := queryAll(ctx, s, scanOverride, `SELECT id, message, severity, groups, expires_at, created_at, created_by, source
		FROM overrides WHERE cleared_at IS NULL AND expires_at > ? ORDER BY created_at DESC LIMIT ?`, s.now().UnixMilli(), s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: overrides: %w", err)
	}
	return list, nil
}

func scanOverride(r rowScanner) (content.Override, error) {
	var o content.Override
	var msg, groups, source string
	var exp, created int64
	if err := r.Scan(&o.ID, &msg, &o.Severity, &groups, &exp, &created, &o.CreatedBy, &source); err != nil {
		return o, err
	}
	o.FromHQ = source == sourceHQ
	var err error
	if o.Message, err = decodeText(msg); err != nil {
		return o, err
	}
	if err := json.Unmarshal([]byte(groups), &o.Groups); err != nil {
		return o, err
	}
	if len(o.Groups) == 0 {
		o.Groups = nil
	}
	o.ExpiresAt, o.CreatedAt = time.UnixMilli(exp).UTC(), time.UnixMilli(created).UTC()
	return o, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
