package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Screen is a paired kiosk or signage screen. Only its device token's hash
// is stored.
type Screen struct {
	ID         string
	Name       string
	Kind       string
	Groups     []string
	CreatedAt  time.Time
	LastSeen   *time.Time
	AppVersion string
	RevokedAt  *time.Time
}

const screenColumns = `id, name, kind, groups, created_at, last_seen, app_version, revoked_at`

// CreateScreen records a newly paired screen.
func (s *Store) CreateScreen(ctx context.Context, sc Screen, tokenHash string) (Screen, error) {
	sc.ID, sc.CreatedAt = NewID(), s.now()
	if sc.Groups == nil {
		sc.Groups = []string{}
	}
	groups, _ := json.Marshal(sc.Groups)
	err := s.change(ctx, "screen.pair", func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO screens (id, name, kind, groups, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			sc.ID, sc.Name, sc.Kind, string(groups), tokenHash, sc.CreatedAt.UnixMilli())
		if err != nil {
			return err
		}
		tx.Audit(sc.ID, sc.Name+" ("+sc.Kind+")")
		return nil
	})
	if err != nil {
		return Screen{}, fmt.Errorf("store: create screen: %w", err)
	}
	return sc, nil
}

// ScreenByToken returns the live (not revoked) screen holding a token.
func (s *Store) ScreenByToken(ctx context.Context, tokenHash string) (Screen, error) {
	return s.screenWhere(ctx, `token_hash = ? AND revoked_at IS NULL`, tokenHash)
}

// Screen returns a screen by id.
func (s *Store) Screen(ctx context.Context, id string) (Screen, error) {
	return s.screenWhere(ctx, `id = ?`, id)
}

func (s *Store) screenWhere(ctx context.Context, where string, arg any) (Screen, error) {
	sc, err := scanScreen(s.queryRow(ctx, `SELECT `+screenColumns+` FROM screens WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return Screen{}, fmt.Errorf("store: screen: %w", err)
	}
	return sc, nil
}

// Screens lists every screen, revoked ones too, by name.
func (s *Store) Screens(ctx context.Context) ([]Screen, error) {
	sc, err := queryAll(ctx, s, scanScreen, `SELECT `+screenColumns+` FROM screens ORDER BY name, id`)
	if err != nil {
		return nil, fmt.Errorf("store: screens: %w", err)
	}
	return sc, nil
}

func scanScreen(r rowScanner) (Screen, error) {
	var sc Screen
	var groups string
	var created int64
	var seen, revoked sql.NullInt64
	if err := r.Scan(&sc.ID, &sc.Name, &sc.Kind, &groups, &created, &seen, &sc.AppVersion, &revoked); err != nil {
		return Screen{}, err
	}
	if err := json.Unmarshal([]byte(groups), &sc.Groups); err != nil {
		return Screen{}, err
	}
	sc.CreatedAt = time.UnixMilli(created).UTC()
	sc.LastSeen, sc.RevokedAt = fromMillis(seen), fromMillis(revoked)
	return sc, nil
}

// UpdateScreen renames or regroups a live screen; a revoked one is
// ErrNotFound, as it is for every other change staff make to it.
func (s *Store) UpdateScreen(ctx context.Context, id, name string, groups []string) error {
	if groups == nil {
		groups = []string{}
	}
	g, _ := json.Marshal(groups)
	err := s.changeOne(ctx, "screen.update", id, name, nil, `UPDATE screens SET name = ?, groups = ? WHERE id = ? AND revoked_at IS NULL`, name, string(g), id)
	if err != nil {
		return fmt.Errorf("store: update screen: %w", err)
	}
	return nil
}

// RevokeScreen stops a screen's token working.
func (s *Store) RevokeScreen(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "screen.revoke", id, "", nil, `UPDATE screens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`, s.now().UnixMilli(), id)
	if err != nil {
		return fmt.Errorf("store: revoke screen: %w", err)
	}
	return nil
}

// SeenScreen records a screen's connection: when and which app version.
func (s *Store) SeenScreen(ctx context.Context, id, app string) error {
	err := s.record(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE screens SET last_seen = ?, app_version = ? WHERE id = ?`, s.now().UnixMilli(), app, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: seen screen: %w", err)
	}
	return nil
}
