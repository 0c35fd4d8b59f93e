package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Session is a signed-in browser. Only the hash of its cookie is stored.
type Session struct {
	TokenHash string
	User      User
	CSRF      string
	ExpiresAt time.Time
}

// CreateSession stores a session for user until expires.
func (s *Store) CreateSession(ctx context.Context, tokenHash, userID, csrf string, expires time.Time) error {
	err := s.change(ctx, "session.create", func(tx *Tx) error {
		// Expired sessions go whenever a new one starts: no sweeper needed.
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= ?`, s.now().UnixMilli()); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
			tokenHash, userID, csrf, s.now().UnixMilli(), expires.UnixMilli())
		if err != nil {
			return err
		}
		tx.Audit(userID, "")
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: create session: %w", err)
	}
	return nil
}

// SessionByHash returns a live session and its user; an expired one, or
// one of a disabled user, is ErrNotFound.
func (s *Store) SessionByHash(ctx context.Context, tokenHash string) (Session, error) {
	var ses Session
	var exp, created int64
	err := s.queryRow(ctx, `SELECT s.token_hash, s.csrf, s.expires_at, u.id, u.username, u.role, u.created_at
		FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`, tokenHash, s.now().UnixMilli()).
		Scan(&ses.TokenHash, &ses.CSRF, &exp, &ses.User.ID, &ses.User.Username, &ses.User.Role, &created)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return Session{}, fmt.Errorf("store: session: %w", err)
	}
	ses.ExpiresAt = time.UnixMilli(exp).UTC()
	ses.User.CreatedAt = time.UnixMilli(created).UTC()
	return ses, nil
}

// DeleteSession signs a browser out, audited like the sign-in that
// started the session; a session that has gone already is ErrNotFound.
func (s *Store) DeleteSession(ctx context.Context, tokenHash string) error {
	err := s.change(ctx, "session.end", func(tx *Tx) error {
		var userID string
		err := tx.QueryRowContext(ctx, `DELETE FROM sessions WHERE token_hash = ? RETURNING user_id`, tokenHash).Scan(&userID)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		tx.Audit(userID, "")
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: delete session: %w", err)
	}
	return nil
}
