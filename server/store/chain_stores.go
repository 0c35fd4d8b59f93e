package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// ChainStore is a store of the chain as head office knows it.
type ChainStore struct {
	ID, Name, Region string
	Version          string // the store's storecast
	ScreensOnline    int
	AppVersions      map[string]int // the screens' app versions: how many run each
	FirstSeen        time.Time
	LastSeen         time.Time // its last hello or heartbeat
}

// SeenStore records a store's hello or heartbeat at head office: it is
// added the first time, and its description and LastSeen kept current.
func (s *Store) SeenStore(ctx context.Context, c ChainStore) error {
	versions, err := json.Marshal(c.AppVersions)
	if err != nil || c.AppVersions == nil {
		versions = []byte("{}")
	}
	now := s.now().UnixMilli()
	err = s.record(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO chain_stores (id, name, region, version, screens_online, app_versions, first_seen, last_seen)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET name = excluded.name, region = excluded.region, version = excluded.version,
				screens_online = excluded.screens_online, app_versions = excluded.app_versions, last_seen = excluded.last_seen`,
			c.ID, c.Name, c.Region, c.Version, c.ScreensOnline, string(versions), now, now)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: seen store %s: %w", c.ID, err)
	}
	return nil
}

// ChainStores lists the chain's stores by region, then name.
func (s *Store) ChainStores(ctx context.Context) ([]ChainStore, error) {
	list, err := queryAll(ctx, s, func(r rowScanner) (ChainStore, error) {
		var c ChainStore
		var versions string
		var first, last int64
		if err := r.Scan(&c.ID, &c.Name, &c.Region, &c.Version, &c.ScreensOnline, &versions, &first, &last); err != nil {
			return c, err
		}
		if err := json.Unmarshal([]byte(versions), &c.AppVersions); err != nil {
			return c, err
		}
		c.FirstSeen, c.LastSeen = time.UnixMilli(first).UTC(), time.UnixMilli(last).UTC()
		return c, nil
	}, `SELECT id, name, region, version, screens_online, app_versions, first_seen, last_seen
		FROM chain_stores ORDER BY region, name, id LIMIT ?`, s.listMax)
	if err != nil {
		return nil, fmt.Errorf("store: chain stores: %w", err)
	}
	return list, nil
}
