package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"storecast/app/content"
)

// CreateStaffCall records that a kiosk asked for staff.
func (s *Store) CreateStaffCall(ctx context.Context, source, place string) (content.StaffCall, error) {
	c := content.StaffCall{ID: NewID(), Source: source, Place: place, CreatedAt: s.now().UTC().Truncate(time.Millisecond)}
	err := s.record(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO staff_calls (id, source, place, created_at) VALUES (?, ?, ?, ?)`,
			c.ID, c.Source, c.Place, c.CreatedAt.UnixMilli())
		if err != nil {
			return err
		}
		if err := tx.countUp(content.UpStaffCall, 1); err != nil {
			return err
		}
		// Staff tools hear of it on the staff stream.
		return tx.Emit(content.StreamStaff, content.StaffEvent{Op: content.OpStaffCall, Call: &c})
	})
	if err != nil {
		return content.StaffCall{}, fmt.Errorf("store: create staff call: %w", err)
	}
	s.Metrics.staffCalls.Inc()
	return c, nil
}

// StaffCalls returns the newest calls, at most limit, newest first.
func (s *Store) StaffCalls(ctx context.Context, limit int) ([]content.StaffCall, error) {
	cs, err := queryAll(ctx, s, scanStaffCall, `SELECT id, source, place, created_at, answered_at, answered_by
		FROM staff_calls ORDER BY created_at DESC, id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: staff calls: %w", err)
	}
	return cs, nil
}

func scanStaffCall(r rowScanner) (content.StaffCall, error) {
	var (
		c        content.StaffCall
		created  int64
		answered sql.NullInt64
	)
	if err := r.Scan(&c.ID, &c.Source, &c.Place, &created, &answered, &c.AnsweredBy); err != nil {
		return c, err
	}
	c.CreatedAt = time.UnixMilli(created).UTC()
	c.Answered = fromMillis(answered)
	return c, nil
}

// AnswerStaffCall records that the member of staff named by took the call
// with id: every console shows who took it instead of its take button, and
// its alert stops. ErrNotFound if there is no unanswered call with id, so
// of two people pressing at once only the first takes it.
func (s *Store) AnswerStaffCall(ctx context.Context, id, by string) error {
	err := s.changeOne(ctx, "staffcall.answer", id, by, nil,
		`UPDATE staff_calls SET answered_at = ?, answered_by = ? WHERE id = ? AND answered_at IS NULL`, s.now().UnixMilli(), by, id)
	if err != nil {
		return fmt.Errorf("store: answer staff call: %w", err)
	}
	return nil
}

// OpenStaffCalls returns the calls nobody answered made at or after
// since, oldest first, at most limit.
func (s *Store) OpenStaffCalls(ctx context.Context, since time.Time, limit int) ([]content.StaffCall, error) {
	cs, err := queryAll(ctx, s, scanStaffCall, `SELECT id, source, place, created_at, answered_at, answered_by
		FROM staff_calls WHERE answered_at IS NULL AND created_at >= ? ORDER BY created_at, id LIMIT ?`, since.UnixMilli(), limit)
	if err != nil {
		return nil, fmt.Errorf("store: open staff calls: %w", err)
	}
	return cs, nil
}
