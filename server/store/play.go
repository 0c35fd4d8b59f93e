package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"storecast/app/content"
)

// Play is one slide shown on one screen: proof of play.
type Play struct {
	ID        string // made by the screen, so a resent batch is stored once
	Screen    string
	Playlist  string
	Slide     string
	Kind      string
	Ref       string // promotion or campaign id
	StartedAt time.Time
	Ms        int64
	Error     string // e.g. the media failed to load and was skipped
}

// AddPlays stores a batch; records already stored are ignored. It returns
// how many were new.
func (s *Store) AddPlays(ctx context.Context, plays []Play) (int, error) {
	n := 0
	err := s.record(ctx, func(tx *Tx) error {
		for _, p := range plays {
			res, err := tx.ExecContext(ctx, `INSERT INTO plays (id, screen, playlist, slide, kind, ref, started_at, ms, error)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
				p.ID, p.Screen, p.Playlist, p.Slide, p.Kind, p.Ref, p.StartedAt.UnixMilli(), p.Ms, p.Error)
			if err != nil {
				return err
			}
			k, _ := res.RowsAffected()
			n += int(k)
		}
		return tx.countUp(content.UpPlay, n)
	})
	if err != nil {
		return 0, fmt.Errorf("store: add plays: %w", err)
	}
	s.Metrics.played("stored", n)
	s.Metrics.played("duplicate", len(plays)-n)
	return n, nil
}

// PlayCount is plays of one slide on one screen on one day.
type PlayCount struct {
	Day     string // YYYY-MM-DD in the store's zone
	Screen  string
	Kind    string
	Ref     string
	Slide   string
	Plays   int
	Seconds int64
	Errors  int
}

// PlayReport counts plays between from and to, per day (in loc), screen and
// slide.
func (s *Store) PlayReport(ctx context.Context, from, to time.Time, loc *time.Location) ([]PlayCount, error) {
	type key struct{ day, screen, kind, ref, slide string }
	counts := map[key]*PlayCount{}
	var order []key
	count := func(r rowScanner) error {
		var screen, kind, ref, slide, perr string
		var at, ms int64
		if err := r.Scan(&screen, &kind, &ref, &slide, &at, &ms, &perr); err != nil {
			return err
		}
		k := key{time.UnixMilli(at).In(loc).Format(time.DateOnly), screen, kind, ref, slide}
		c, ok := counts[k]
		if !ok {
			c = &PlayCount{Day: k.day, Screen: screen, Kind: kind, Ref: ref, Slide: slide}
			counts[k] = c
			order = append(order, k)
		}
		if perr != "" {
			c.Errors++
			return nil
		}
		c.Plays++
		c.Seconds += ms / 1000
		return nil
	}
	// Rows are counted as they come, not gathered: a month of plays is
	// millions of rows.
	err := s.reading(ctx, func(conn *sql.Conn) error {
		rows, err := conn.QueryContext(ctx, `SELECT screen, kind, ref, slide, started_at, ms, error FROM plays
			WHERE started_at >= ? AND started_at < ? ORDER BY started_at`, from.UnixMilli(), to.UnixMilli())
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := count(rows); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: play report: %w", err)
	}
	out := make([]PlayCount, 0, len(order))
	for _, k := range order {
		out = append(out, *counts[k])
	}
	return out, nil
}
