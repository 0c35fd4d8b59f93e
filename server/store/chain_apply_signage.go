package store

import (
	"context"
	"encoding/json"
	"fmt"

	"storecast/app/content"
)

func upsertHQPlaylist(tx *Tx, p content.Playlist) error {
	if p.Slides == nil {
		p.Slides = []content.Slide{}
	}
	slides, err := json.Marshal(p.Slides)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(tx.ctx, `INSERT INTO playlists (id, name, slides, shuffle, layout, template, updated_at, source)
		VALUES (?, ?, ?, ?, ?, ?, ?, 'hq')
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, slides = excluded.slides, shuffle = excluded.shuffle,
			layout = excluded.layout, template = excluded.template, updated_at = excluded.updated_at
		WHERE playlists.source = 'hq'`,
		p.ID, p.Name, string(slides), p.Shuffle, p.Layout, p.Template, p.UpdatedAt.UnixMilli())
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	return emitIfChanged(tx, n, content.Event{Op: content.OpPlaylistUpsert, Playlist: &p})
}

// dropHQPlaylist deletes head office's playlist and, as DeletePlaylist
// does, tells screens of every schedule that goes with it, the store's
// own included.
func dropHQPlaylist(tx *Tx, id string) error {
	schedules, err := playlistSchedules(tx.ctx, tx, id)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(tx.ctx, `DELETE FROM playlists WHERE id = ? AND source = 'hq'`, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return nil
	}
	if err := tx.Emit(content.StreamStore, content.Event{Op: content.OpPlaylistDelete, ID: id}); err != nil {
		return err
	}
	for _, sid := range schedules {
		if err := tx.Emit(content.StreamStore, content.Event{Op: content.OpScheduleDelete, ID: sid}); err != nil {
			return err
		}
	}
	return nil
}

// upsertHQSchedule writes head office's schedule; one whose playlist the
// store does not hold (head office sent it to other stores only) cannot
// play here and is dropped instead.
func upsertHQSchedule(tx *Tx, sc content.Schedule) error {
	var one int
	if err := tx.QueryRowContext(tx.ctx, `SELECT count(*) FROM playlists WHERE id = ?`, sc.Playlist).Scan(&one); err != nil {
		return err
	}
	if one == 0 {
		return dropHQ(tx, "schedules", sc.ID, content.OpScheduleDelete)
	}
	days, _ := json.Marshal(nonNilInts(sc.Weekdays))
	groups, _ := json.Marshal(nonNil(sc.Groups))
	res, err := tx.ExecContext(tx.ctx, `INSERT INTO schedules (id, playlist, from_date, to_date, weekdays, start, end, priority, groups, updated_at, source)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'hq')
		ON CONFLICT (id) DO UPDATE SET playlist = excluded.playlist, from_date = excluded.from_date, to_date = excluded.to_date,
			weekdays = excluded.weekdays, start = excluded.start, end = excluded.end, priority = excluded.priority,
			groups = excluded.groups, updated_at = excluded.updated_at
		WHERE schedules.source = 'hq'`,
		sc.ID, sc.Playlist, sc.FromDate, sc.ToDate, string(days), sc.Start, sc.End, sc.Priority, string(groups), sc.UpdatedAt.UnixMilli())
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	return emitIfChanged(tx, n, content.Event{Op: content.OpScheduleUpsert, Schedule: &sc})
}

func upsertHQOverride(tx *Tx, o content.Override) error {
	msg, err := encodeText(o.Message)
	if err != nil {
		return err
	}
	groups, _ := json.Marshal(nonNil(o.Groups))
	res, err := tx.ExecContext(tx.ctx, `INSERT INTO overrides (id, message, severity, groups, expires_at, created_at, created_by, source)
		VALUES (?, ?, ?, ?, ?, ?, ?, 'hq')
		ON CONFLICT (id) DO UPDATE SET message = excluded.message, severity = excluded.severity, groups = excluded.groups,
			expires_at = excluded.expires_at, cleared_at = NULL
		WHERE overrides.source = 'hq'`,
		o.ID, msg, o.Severity, string(groups), o.ExpiresAt.UnixMilli(), o.CreatedAt.UnixMilli(), o.CreatedBy)
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	return emitIfChanged(tx, n, content.Event{Op: content.OpOverrideSet, Override: &o})
}

func clearHQOverride(tx *Tx, id string) error {
	res, err := tx.ExecContext(tx.ctx, `UPDATE overrides SET cleared_at = ? WHERE id = ? AND source = 'hq' AND cleared_at IS NULL`,
		tx.s.now().UnixMilli(), id)
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	return emitIfChanged(tx, n, content.Event{Op: content.OpOverrideClear, ID: id})
}

// CampaignFromHQ reports whether the campaign is head office's: its
// coupons are claimed and redeemed at head office.
func (s *Store) CampaignFromHQ(ctx context.Context, id string) (bool, error) {
	var n int
	if err := s.queryRow(ctx, `SELECT count(*) FROM campaigns WHERE id = ? AND source = 'hq'`, id).Scan(&n); err != nil {
		return false, fmt.Errorf("store: campaign source: %w", err)
	}
	return n > 0, nil
}
