package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"storecast/app/content"
)

// SavePlaylist creates (empty ID) or replaces a playlist.
func (s *Store) SavePlaylist(ctx context.Context, p content.Playlist) (content.Playlist, error) {
	create := p.ID == ""
	if create {
		p.ID = NewID()
	}
	p.UpdatedAt = s.now().UTC().Truncate(time.Millisecond)
	if p.Slides == nil {
		p.Slides = []content.Slide{}
	}
	err := s.change(ctx, "playlist.save", func(tx *Tx) error {
		if create {
			if err := insertPlaylist(ctx, tx.Tx, p, p.UpdatedAt); err != nil {
				return err
			}
		} else {
			slides, err := json.Marshal(p.Slides)
			if err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, `UPDATE playlists SET name = ?, slides = ?, shuffle = ?, layout = ?, template = ?, updated_at = ? WHERE id = ?`,
				p.Name, string(slides), p.Shuffle, p.Layout, p.Template, p.UpdatedAt.UnixMilli(), p.ID)
			if err != nil {
				return err
			}
			if err := oneRow(res); err != nil {
				return err
			}
		}
		tx.Audit(p.ID, p.Name)
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpPlaylistUpsert, Playlist: &p})
	})
	if err != nil {
		return content.Playlist{}, fmt.Errorf("store: save playlist: %w", err)
	}
	return p, nil
}

// insertPlaylist writes a new playlist changed at now, with a new id if
// it has none.
func insertPlaylist(ctx context.Context, tx *sql.Tx, p content.Playlist, now time.Time) error {
	if p.ID == "" {
		p.ID = NewID()
	}
	slides, err := json.Marshal(p.Slides)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO playlists (id, name, slides, shuffle, layout, template, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		p.ID, p.Name, string(slides), p.Shuffle, p.Layout, p.Template, now.UnixMilli())
	return err
}

// DeletePlaylist removes a playlist and its schedules.
func (s *Store) DeletePlaylist(ctx context.Context, id string) error {
	err := s.change(ctx, "playlist.delete", func(tx *Tx) error {
		// Its schedules go with it (ON DELETE CASCADE): screens are told
		// of each.
		schedules, err := playlistSchedules(ctx, tx, id)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM playlists WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		tx.Audit(id, "")
		if err := tx.Emit(content.StreamStore, content.Event{Op: content.OpPlaylistDelete, ID: id}); err != nil {
			return err
		}
		for _, sid := range schedules {
			if err := tx.Emit(content.StreamStore, content.Event{Op: content.OpScheduleDelete, ID: sid}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: delete playlist: %w", err)
	}
	return nil
}

// Playlists lists every playlist (at most listMax) by name.
func (s *Store) Playlists(ctx context.Context) ([]content.Playlist, error) {
	ps, err := queryAll(ctx, s, scanPlaylist, `SELECT id, name, slides, shuffle, layout, template, updated_at, source FROM playlists ORDER BY name, id LIMIT ?`, s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: playlists: %w", err)
	}
	return ps, nil
}

func scanPlaylist(r rowScanner) (content.Playlist, error) {
	var p content.Playlist
	var slides, source string
	var updated int64
	if err := r.Scan(&p.ID, &p.Name, &slides, &p.Shuffle, &p.Layout, &p.Template, &updated, &source); err != nil {
		return p, err
	}
	if err := json.Unmarshal([]byte(slides), &p.Slides); err != nil {
		return p, fmt.Errorf("playlist %s: %w", p.ID, err)
	}
	p.UpdatedAt = time.UnixMilli(updated).UTC()
	p.FromHQ = source == sourceHQ
	return p, nil
}

// SaveSchedule creates (empty ID) or replaces a schedule.
func (s *Store) SaveSchedule(ctx context.Context, sc content.Schedule) (content.Schedule, error) {
	create := sc.ID == ""
	if create {
		sc.ID = NewID()
	}
	sc.UpdatedAt = s.now().UTC().Truncate(time.Millisecond)
	days, _ := json.Marshal(nonNilInts(sc.Weekdays))
	groups, _ := json.Marshal(nonNil(sc.Groups))
	err := s.change(ctx, "schedule.save", func(tx *Tx) error {
		var res sql.Result
		var err error
		if create {
			res, err = tx.ExecContext(ctx, `INSERT INTO schedules (id, playlist, from_date, to_date, weekdays, start, end, priority, groups, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				sc.ID, sc.Playlist, sc.FromDate, sc.ToDate, string(days), sc.Start, sc.End, sc.Priority, string(groups), sc.UpdatedAt.UnixMilli())
		} else {
			res, err = tx.ExecContext(ctx, `UPDATE schedules SET playlist = ?, from_date = ?, to_date = ?, weekdays = ?, start = ?, end = ?,
				priority = ?, groups = ?, updated_at = ? WHERE id = ?`,
				sc.Playlist, sc.FromDate, sc.ToDate, string(days), sc.Start, sc.End, sc.Priority, string(groups), sc.UpdatedAt.UnixMilli(), sc.ID)
		}
		if err != nil {
			if isForeignKey(err) {
				return ErrNoPlaylist
			}
			return err
		}
		if err := oneRow(res); err != nil {
			return err
		}
		tx.Audit(sc.ID, sc.Playlist+" "+sc.Start+"-"+sc.End)
		return tx.Emit(content.StreamStore, content.Event{Op: content.OpScheduleUpsert, Schedule: &sc})
	})
	if err != nil {
		return content.Schedule{}, fmt.Errorf("store: save schedule: %w", err)
	}
	return sc, nil
}

// DeleteSchedule removes a schedule.
func (s *Store) DeleteSchedule(ctx context.Context, id string) error {
	err := s.changeOne(ctx, "schedule.delete", id, "", deleted(content.StreamStore, content.OpScheduleDelete, id), `DELETE FROM schedules WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("store: delete schedule: %w", err)
	}
	return nil
}

// Schedules lists every schedule (at most listMax).
func (s *Store) Schedules(ctx context.Context) ([]content.Schedule, error) {
	scs, err := queryAll(ctx, s, scanSchedule, `SELECT id, playlist, from_date, to_date, weekdays, start, end, priority, groups, updated_at, source
		FROM schedules ORDER BY priority DESC, start, id LIMIT ?`, s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: schedules: %w", err)
	}
	return scs, nil
}

func scanSchedule(r rowScanner) (content.Schedule, error) {
	var sc content.Schedule
	var days, groups, source string
	var updated int64
	if err := r.Scan(&sc.ID, &sc.Playlist, &sc.FromDate, &sc.ToDate, &days, &sc.Start, &sc.End, &sc.Priority, &groups, &updated, &source); err != nil {
		return sc, err
	}
	sc.FromHQ = source == sourceHQ
	json.Unmarshal([]byte(days), &sc.Weekdays)
	json.Unmarshal([]byte(groups), &sc.Groups)
	if len(sc.Weekdays) == 0 {
		sc.Weekdays = nil
	}
	if len(sc.Groups) == 0 {
		sc.Groups = nil
	}
	sc.UpdatedAt = time.UnixMilli(updated).UTC()
	return sc, nil
}

func nonNilInts(v []int) []int {
	if v == nil {
		return []int{}
	}
	return v
}

func isForeignKey(err error) bool { return containsFold(err.Error(), "FOREIGN KEY") }

// playlistSchedules lists the ids of the schedules that play playlist id,
// which go with it when it is deleted, so screens can be told of each.
func playlistSchedules(ctx context.Context, tx *Tx, id string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM schedules WHERE playlist = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	var ids []string
	for rows.Next() {
		var sid string
		if err := rows.Scan(&sid); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, sid)
	}
	return ids, errors.Join(rows.Err(), rows.Close())
}
