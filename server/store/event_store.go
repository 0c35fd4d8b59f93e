package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"storecast/app/content"
)

const eventColumns = `id, title, body, place, starts_at, ends_at, updated_at`

func scanEvent(r rowScanner) (content.StoreEvent, error) {
	var (
		e                  content.StoreEvent
		title, body, place string
		starts, ends, upd  int64
	)
	if err := r.Scan(&e.ID, &title, &body, &place, &starts, &ends, &upd); err != nil {
		return content.StoreEvent{}, err
	}
	var err error
	if e.Title, err = decodeText(title); err == nil {
		if e.Body, err = decodeText(body); err == nil {
			e.Place, err = decodeText(place)
		}
	}
	if err != nil {
		return content.StoreEvent{}, fmt.Errorf("event %s: %w", e.ID, err)
	}
	e.StartsAt = time.UnixMilli(starts).UTC()
	e.EndsAt = time.UnixMilli(ends).UTC()
	e.UpdatedAt = time.UnixMilli(upd).UTC()
	return e, nil
}

// Events returns the events that have not ended at now, soonest first.
func (s *Store) Events(ctx context.Context, now time.Time) ([]content.StoreEvent, error) {
	es, err := queryAll(ctx, s, scanEvent, `SELECT `+eventColumns+` FROM store_events
		WHERE ends_at > ? ORDER BY starts_at, id LIMIT 200`, now.UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	return es, nil
}

// Event returns the event with id, or ErrNotFound.
func (s *Store) Event(ctx context.Context, id string) (content.StoreEvent, error) {
	e, err := scanEvent(s.queryRow(ctx, `SELECT `+eventColumns+` FROM store_events WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return content.StoreEvent{}, fmt.Errorf("store: event %q: %w", id, err)
	}
	return e, nil
}

// PutEvent stores e: a new one (empty ID gets one) or a replacement of the
// event with its ID (ErrNotFound if there is none). It returns e as stored.
func (s *Store) PutEvent(ctx context.Context, e content.StoreEvent) (content.StoreEvent, error) {
	e.UpdatedAt = s.now()
	e.StartsAt = e.StartsAt.UTC().Truncate(time.Millisecond)
	e.EndsAt = e.EndsAt.UTC().Truncate(time.Millisecond)
	if len(e.Body) == 0 {
		e.Body = nil
	}
	if len(e.Place) == 0 {
		e.Place = nil
	}
	create := e.ID == ""
	if create {
		e.ID = NewID()
	}
	err := s.change(ctx, "event.save", func(tx *Tx) error {
		if err := putEvent(ctx, tx.Tx, e, create); err != nil {
			return err
		}
		tx.Audit(e.ID, e.Title.In(content.DefaultLocale))
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpEventUpsert, Event: &e})
	})
	if err != nil {
		return content.StoreEvent{}, fmt.Errorf("store: put event: %w", err)
	}
	return e, nil
}

func putEvent(ctx context.Context, tx *sql.Tx, e content.StoreEvent, create bool) error {
	title, err := encodeText(e.Title)
	if err != nil {
		return err
	}
	body, err := encodeText(e.Body)
	if err != nil {
		return err
	}
	place, err := encodeText(e.Place)
	if err != nil {
		return err
	}
	if create {
		_, err = tx.ExecContext(ctx, `INSERT INTO store_events (`+eventColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			e.ID, title, body, place, e.StartsAt.UnixMilli(), e.EndsAt.UnixMilli(), e.UpdatedAt.UnixMilli())
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE store_events SET title = ?, body = ?, place = ?,
		starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?`,
		title, body, place, e.StartsAt.UnixMilli(), e.EndsAt.UnixMilli(), e.UpdatedAt.UnixMilli(), e.ID)
	if err != nil {
		return err
	}
	return oneRow(res)
}

// DeleteEvent removes an event for good; ErrNotFound if there is none.
func (s *Store) DeleteEvent(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "event.delete", id, "", deleted(content.StreamStore, content.OpEventDelete, id), `DELETE FROM store_events WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("store: delete event %q: %w", id, err)
	}
	return nil
}
