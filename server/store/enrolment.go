package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// EnrolmentLink is a one-time link that makes the first screen to open it
// a paired screen with the name, kind and groups chosen in advance. Only
// its token's hash is stored: the link itself is shown once, when made.
type EnrolmentLink struct {
	ID        string
	Name      string
	Kind      string
	Groups    []string
	CreatedAt time.Time
	CreatedBy string
	ExpiresAt time.Time
	UsedAt    *time.Time
	ScreenID  string
	RevokedAt *time.Time
}

const linkColumns = `id, name, kind, groups, created_at, created_by, expires_at, used_at, screen_id, revoked_at`

// CreateEnrolmentLink stores a link for l's name, kind and groups, valid
// for ttl from now, made by the actor in ctx.
func (s *Store) CreateEnrolmentLink(ctx context.Context, l EnrolmentLink, ttl time.Duration, tokenHash string) (EnrolmentLink, error) {
	l.ID, l.CreatedAt, l.CreatedBy = NewID(), s.now(), ActorFrom(ctx)
	l.ExpiresAt = l.CreatedAt.Add(ttl).Truncate(time.Millisecond)
	l.UsedAt, l.ScreenID, l.RevokedAt = nil, "", nil
	if l.Groups == nil {
		l.Groups = []string{}
	}
	groups, _ := json.Marshal(l.Groups)
	err := s.change(ctx, "enrol.create", func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO enrolment_links (id, token_hash, name, kind, groups, created_at, created_by, expires_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
			l.ID, tokenHash, l.Name, l.Kind, string(groups), l.CreatedAt.UnixMilli(), l.CreatedBy, l.ExpiresAt.UnixMilli())
		if err != nil {
			return err
		}
		tx.Audit(l.ID, fmt.Sprintf("%s (%s), until %s", l.Name, l.Kind, l.ExpiresAt.Format(time.RFC3339)))
		return nil
	})
	if err != nil {
		return EnrolmentLink{}, fmt.Errorf("store: create enrolment link: %w", err)
	}
	return l, nil
}

// PendingEnrolmentLinks lists the links that can still be used, newest
// first.
func (s *Store) PendingEnrolmentLinks(ctx context.Context) ([]EnrolmentLink, error) {
	ls, err := queryAll(ctx, s, scanLink, `SELECT `+linkColumns+` FROM enrolment_links
		WHERE used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
		ORDER BY created_at DESC, id`, s.now().UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("store: enrolment links: %w", err)
	}
	return ls, nil
}

// RevokeEnrolmentLink stops an unused link working. A used or already
// revoked link is ErrNotFound.
func (s *Store) RevokeEnrolmentLink(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "enrol.revoke", id, "", nil, `UPDATE enrolment_links SET revoked_at = ?
			WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL`, s.now().UnixMilli(), id)
	if err != nil {
		return fmt.Errorf("store: revoke enrolment link: %w", err)
	}
	return nil
}

// RedeemEnrolmentLink claims the pending link holding tokenHash for a
// screen of kind, and creates that screen with deviceHash as its token, in
// one transaction. The claim is one conditional UPDATE, so of any number
// of screens racing on one link exactly one gets it; every other attempt,
// and any link that is unknown, used, revoked, expired or for the other
// kind, is ErrNotFound and changes nothing. from (the screen's address)
// goes into the audit entry.
func (s *Store) RedeemEnrolmentLink(ctx context.Context, tokenHash, kind, deviceHash, from string) (EnrolmentLink, Screen, error) {
	now := s.now()
	sc := Screen{ID: NewID(), CreatedAt: now}
	var l EnrolmentLink
	err := s.change(ctx, "enrol.use", func(tx *Tx) error {
		var err error
		l, err = scanLink(tx.QueryRowContext(ctx, `UPDATE enrolment_links SET used_at = ?, screen_id = ?
			WHERE token_hash = ? AND kind = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
			RETURNING `+linkColumns, now.UnixMilli(), sc.ID, tokenHash, kind, now.UnixMilli()))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		sc.Name, sc.Kind, sc.Groups = l.Name, l.Kind, l.Groups
		groups, _ := json.Marshal(sc.Groups)
		if _, err := tx.ExecContext(ctx, `INSERT INTO screens (id, name, kind, groups, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			sc.ID, sc.Name, sc.Kind, string(groups), deviceHash, now.UnixMilli()); err != nil {
			return err
		}
		tx.Audit(l.ID, fmt.Sprintf("screen %s: %s (%s) from %s", sc.ID, sc.Name, sc.Kind, from))
		return nil
	})
	if err != nil {
		return EnrolmentLink{}, Screen{}, fmt.Errorf("store: redeem enrolment link: %w", err)
	}
	return l, sc, nil
}

// UndoEnrolment hands a link back when its new screen never got its
// device token (the connection failed first): the screen is revoked and
// the link is pending again, so the same screen can retry it.
func (s *Store) UndoEnrolment(ctx context.Context, linkID, screenID string) error {
	err := s.change(ctx, "enrol.undo", func(tx *Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE enrolment_links SET used_at = NULL, screen_id = NULL
			WHERE id = ? AND screen_id = ?`, linkID, screenID)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE screens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`,
			s.now().UnixMilli(), screenID); err != nil {
			return err
		}
		tx.Audit(linkID, "screen "+screenID+" never got its token")
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: undo enrolment: %w", err)
	}
	return nil
}

func scanLink(r rowScanner) (EnrolmentLink, error) {
	var l EnrolmentLink
	var groups string
	var created, expires int64
	var used, revoked sql.NullInt64
	var screen sql.NullString
	if err := r.Scan(&l.ID, &l.Name, &l.Kind, &groups, &created, &l.CreatedBy, &expires, &used, &screen, &revoked); err != nil {
		return EnrolmentLink{}, err
	}
	if err := json.Unmarshal([]byte(groups), &l.Groups); err != nil {
		return EnrolmentLink{}, err
	}
	l.CreatedAt, l.ExpiresAt = time.UnixMilli(created).UTC(), time.UnixMilli(expires).UTC()
	l.UsedAt, l.RevokedAt, l.ScreenID = fromMillis(used), fromMillis(revoked), screen.String
	return l, nil
}
