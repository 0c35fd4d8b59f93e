package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"storecast/app/content"
)

// defaultPlaylistKey is the setting naming the store's default playlist.
const defaultPlaylistKey = "signage.default_playlist"

// announcedInfoKey keeps the StoreInfo last sent to screens, so a restart
// with another time zone tells screens that resume instead of reloading.
const announcedInfoKey = "store.announced_info"

// SetZone gives the store its time zone and the zone's rules, which
// screens get in StoreInfo. Call it before the Store is shared.
func (s *Store) SetZone(name string, rules []byte) { s.zone, s.zoneRules = name, rules }

// SetReloadPolicy tells screens when to reload to give back leaked memory
// (in StoreInfo). Call it before the Store is shared.
func (s *Store) SetReloadPolicy(p content.ReloadPolicy) { s.reload = p }

// StoreInfo is what every screen knows about the store.
func (s *Store) StoreInfo(ctx context.Context) (content.StoreInfo, error) {
	var def string
	err := s.queryRow(ctx, `SELECT value FROM settings WHERE key = ?`, defaultPlaylistKey).Scan(&def)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return content.StoreInfo{}, fmt.Errorf("store: store info: %w", err)
	}
	return s.info(def), nil
}

func (s *Store) info(defaultPlaylist string) content.StoreInfo {
	return content.StoreInfo{TimeZone: s.zone, ZoneData: s.zoneRules, DefaultPlaylist: defaultPlaylist, Reload: s.reload}
}

// ErrNoPlaylist refuses a playlist id that names none.
var ErrNoPlaylist = errors.New("no such playlist")

// SetDefaultPlaylist names what plays when no schedule is active ("" for
// nothing). ErrNoPlaylist if id names no playlist.
func (s *Store) SetDefaultPlaylist(ctx context.Context, id string) error {
	err := s.change(ctx, "signage.default", func(tx *Tx) error {
		if id != "" {
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM playlists WHERE id = ?`, id).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return ErrNoPlaylist
			} else if err != nil {
				return err
			}
		}
		if err := setSetting(ctx, tx, defaultPlaylistKey, id, s.now().UnixMilli()); err != nil {
			return err
		}
		tx.Audit(id, "")
		return s.emitInfo(tx, s.info(id))
	})
	if err != nil {
		return fmt.Errorf("store: set default playlist: %w", err)
	}
	return nil
}

// AnnounceStoreInfo sends screens the StoreInfo if it changed since it was
// last sent: a server started with another --timezone. On a store's first
// start it only remembers it: every screen starts from a snapshot then.
func (s *Store) AnnounceStoreInfo(ctx context.Context) error {
	info, err := s.StoreInfo(ctx)
	if err != nil {
		return err
	}
	want, err := json.Marshal(info)
	if err != nil {
		return err
	}
	last, err := s.Setting(ctx, announcedInfoKey)
	switch {
	case errors.Is(err, ErrNotFound):
		err = s.record(ctx, func(tx *Tx) error { return setSetting(ctx, tx, announcedInfoKey, string(want), s.now().UnixMilli()) })
	case err == nil && bytes.Equal([]byte(last), want):
		return nil
	case err == nil:
		err = s.record(ctx, func(tx *Tx) error { return s.emitInfo(tx, info) })
	}
	if err != nil {
		return fmt.Errorf("store: announce store info: %w", err)
	}
	return nil
}

// emitInfo sends info to screens and remembers it was sent.
func (s *Store) emitInfo(tx *Tx, info content.StoreInfo) error {
	b, err := json.Marshal(info)
	if err != nil {
		return err
	}
	if err := setSetting(tx.ctx, tx, announcedInfoKey, string(b), s.now().UnixMilli()); err != nil {
		return err
	}
	return tx.Emit(content.StreamStore, content.Event{Op: content.OpStoreUpdate, Store: &info})
}

// Location is the store's time zone (UTC when it has none): the zone its
// dates, such as a lot's best-before, are in.
func (s *Store) Location() *time.Location { return s.location() }
