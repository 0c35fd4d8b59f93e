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
	Scopes    []string // none: the token acts as its owner everywhere
	CreatedAt time.Time
	RevokedAt *time.Time
}

// CreateAPIToken stores a token for user.
func (s *Store) CreateAPIToken(ctx context.Context, userID, name, tokenHash string, scopes []string) (APIToken, error) {
	t := APIToken{ID: NewID(), UserID: userID, Name: name, Scopes: scopes, CreatedAt: s.now()}
	enc, err := encodeStrings(scopes)
	if err != nil {
		return APIToken{}, fmt.Errorf("store: create token: %w", err)
	}
	err = s.change(ctx, "token.create", func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, scopes) VALUES (?, ?, ?, ?, ?, ?)`,
			t.ID, userID, name, tokenHash, t.CreatedAt.UnixMilli(), enc)
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
// user not disabled) and the token.
func (s *Store) UserByAPIToken(ctx context.Context, tokenHash string) (User, APIToken, error) {
	var u User
	var t APIToken
	var created int64
	var scopes string
	err := s.queryRow(ctx, `SELECT u.id, u.username, u.role, u.created_at, t.id, t.name, t.scopes
		FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`, tokenHash).
		Scan(&u.ID, &u.Username, &u.Role, &created, &t.ID, &t.Name, &scopes)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err == nil {
		t.Scopes, err = decodeStrings(scopes)
	}
	if err != nil {
		return User{}, APIToken{}, fmt.Errorf("store: token: %w", err)
	}
	u.CreatedAt = time.UnixMilli(created).UTC()
	t.UserID = u.ID
	return u, t, nil
}

// APITokens lists a user's tokens (all users' when userID is empty).
func (s *Store) APITokens(ctx context.Context, userID string) ([]APIToken, error) {
	ts, err := queryAll(ctx, s, scanAPIToken, `SELECT id, user_id, name, created_at, revoked_at, scopes FROM api_tokens
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
	var scopes string
	if err := r.Scan(&t.ID, &t.UserID, &t.Name, &created, &revoked, &scopes); err != nil {
		return t, err
	}
	var err error
	if t.Scopes, err = decodeStrings(scopes); err != nil {
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
