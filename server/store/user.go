package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrExists is returned when a unique name is taken.
var ErrExists = errors.New("already exists")

// User is a staff account. PasswordHash is never sent to clients.
type User struct {
	ID           string
	Username     string
	Role         string
	PasswordHash string
	CreatedAt    time.Time
	// DisabledAt is set while the account is disabled (SetUserDisabled).
	DisabledAt *time.Time
}

// CreateUser adds a staff account. The caller hashes the password.
func (s *Store) CreateUser(ctx context.Context, username, role, passwordHash string) (User, error) {
	u := User{ID: NewID(), Username: username, Role: role, PasswordHash: passwordHash, CreatedAt: s.now()}
	err := s.change(ctx, "user.create", func(tx *Tx) error {
		ms := u.CreatedAt.UnixMilli()
		_, err := tx.ExecContext(ctx, `INSERT INTO users (id, username, role, password_hash, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)`, u.ID, u.Username, u.Role, u.PasswordHash, ms, ms)
		if err != nil {
			if strings.Contains(err.Error(), "UNIQUE") {
				return ErrExists
			}
			return err
		}
		tx.Audit(u.ID, u.Username+" ("+u.Role+")")
		return nil
	})
	if err != nil {
		return User{}, fmt.Errorf("store: create user %q: %w", username, err)
	}
	return u, nil
}

// UserByName looks a user up case-insensitively.
func (s *Store) UserByName(ctx context.Context, username string) (User, error) {
	return s.userWhere(ctx, "username = ?", username)
}

// User returns the user with id.
func (s *Store) User(ctx context.Context, id string) (User, error) {
	return s.userWhere(ctx, "id = ?", id)
}

func (s *Store) userWhere(ctx context.Context, where string, arg any) (User, error) {
	var u User
	var created int64
	var disabled sql.NullInt64
	err := s.queryRow(ctx, `SELECT id, username, role, password_hash, created_at, disabled_at FROM users WHERE `+where, arg).
		Scan(&u.ID, &u.Username, &u.Role, &u.PasswordHash, &created, &disabled)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return User{}, fmt.Errorf("store: user: %w", err)
	}
	u.CreatedAt = time.UnixMilli(created).UTC()
	u.DisabledAt = fromMillis(disabled)
	return u, nil
}

// Users lists every account by name.
func (s *Store) Users(ctx context.Context) ([]User, error) {
	us, err := queryAll(ctx, s, func(r rowScanner) (User, error) {
		var u User
		var created int64
		var disabled sql.NullInt64
		err := r.Scan(&u.ID, &u.Username, &u.Role, &created, &disabled)
		u.CreatedAt = time.UnixMilli(created).UTC()
		u.DisabledAt = fromMillis(disabled)
		return u, err
	}, `SELECT id, username, role, created_at, disabled_at FROM users ORDER BY username`)
	if err != nil {
		return nil, fmt.Errorf("store: users: %w", err)
	}
	return us, nil
}

// CountUsers says whether any account exists (first-run detection).
func (s *Store) CountUsers(ctx context.Context) (int, error) {
	var n int
	if err := s.queryRow(ctx, `SELECT count(*) FROM users`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count users: %w", err)
	}
	return n, nil
}

// SetPassword replaces a user's password hash and ends all their sessions,
// so a changed password locks out whoever knew the old one. With
// revokeTokens it revokes their API tokens too; otherwise they keep
// working (a token is not the password, and scripts hold them).
func (s *Store) SetPassword(ctx context.Context, userID, passwordHash string, revokeTokens bool) error {
	err := s.change(ctx, "user.password", func(tx *Tx) error {
		now := s.now().UnixMilli()
		res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?`,
			passwordHash, now, userID)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID); err != nil {
			return err
		}
		detail := ""
		if revokeTokens {
			res, err := tx.ExecContext(ctx, `UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL`, now, userID)
			if err != nil {
				return err
			}
			n, _ := res.RowsAffected()
			detail = fmt.Sprintf("%d API tokens revoked", n)
		}
		tx.Audit(userID, detail)
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: set password: %w", err)
	}
	return nil
}

// DeleteUser removes an account with its sessions and tokens.
func (s *Store) DeleteUser(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "user.delete", id, "", nil, `DELETE FROM users WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("store: delete user: %w", err)
	}
	return nil
}
