package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// APIToken is a named, revocable token for automation. Only its hash is
// stored; the secret is shown once, when it is created.
type APIToken struct {
	ID        string
	UserID    string
	Name      string
	Scope     string // "" or rest.ScopePoints: what the token may reach
	CreatedAt time.Time
	RevokedAt *time.Time
}

// CreateAPIToken stores a token for user, limited to scope unless it is
// empty.
func (s *Store) CreateAPIToken(ctx context.Context, userID, name, scope, tokenHash string) (APIToken, error) {
	t := APIToken{ID: NewID(), UserID: userID, Name: name, Scope: scope, CreatedAt: s.now()}
	err := s.change(ctx, "token.create", func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO api_tokens (id, user_id, name, scope, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			t.ID, userID, name, scope, tokenHash, t.CreatedAt.UnixMilli())
		if err != nil {
			return err
		}
		tx.Audit(t.ID, name)
		return nil
	})
	if err != nil {
		return APIToken{}, fmt.Errorf("store: create token: %w", err)
	}
	return t, nil
}

// UserByAPIToken returns the owner of a live token (not revoked, and its
// user not disabled) and the token's scope.
func (s *Store) UserByAPIToken(ctx context.Context, tokenHash string) (u User, scope string, err error) {
	var created int64
	err = s.queryRow(ctx, `SELECT u.id, u.username, u.role, u.created_at, t.scope
		FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`, tokenHash).
		Scan(&u.ID, &u.Username, &u.Role, &created, &scope)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return User{}, "", fmt.Errorf("store: token: %w", err)
	}
	u.CreatedAt = time.UnixMilli(created).UTC()
	return u, scope, nil
}

// APITokens lists a user's tokens (all users' when userID is empty).
func (s *Store) APITokens(ctx context.Context, userID string) ([]APIToken, error) {
	ts, err := queryAll(ctx, s, scanAPIToken, `SELECT id, user_id, name, scope, created_at, revoked_at FROM api_tokens
		WHERE ? = '' OR user_id = ? ORDER BY created_at DESC`, userID, userID)
	if err != nil {
		return nil, fmt.Errorf("store: tokens: %w", err)
	}
	return ts, nil
}

func scanAPIToken(r rowScanner) (APIToken, error) {
	var t APIToken
	var created int64
	var revoked sql.NullInt64
	if err := r.Scan(&t.ID, &t.UserID, &t.Name, &t.Scope, &created, &revoked); err != nil {
		return t, err
	}
	t.CreatedAt = time.UnixMilli(created).UTC()
	t.RevokedAt = fromMillis(revoked)
	return t, nil
}

// RevokeAPIToken stops a token working; userID limits it to that user's
// tokens unless empty (admins).
func (s *Store) RevokeAPIToken(ctx context.Context, id, userID string) error {
	err := s.changeOne(ctx, "token.revoke", id, "", nil, `UPDATE api_tokens SET revoked_at = ?
			WHERE id = ? AND revoked_at IS NULL AND (? = '' OR user_id = ?)`, s.now().UnixMilli(), id, userID, userID)
	if err != nil {
		return fmt.Errorf("store: revoke token: %w", err)
	}
	return nil
}
