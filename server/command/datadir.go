package command

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"storecast/server/coupon"
	"storecast/server/points"
	"storecast/server/store"
)

// What a data directory holds, by name.
const (
	dbFile       = "storecast.db"
	mediaDir     = "media"
	jetstreamDir = "jetstream" // the embedded NATS server's files (server/bus)
)

// secretFiles are the data directory's secrets. A backup carries every
// top-level file, so one added later is not lost, but these must be kept
// together with the database: without coupon-secret every issued coupon
// is void, without points-secret no phone number finds its member.
var secretFiles = []string{adminTokenFile, coupon.SecretFile, points.SecretFile}

// ErrNoStore is returned by commands other than serve when --data names no
// store: they never create one, so a mistyped path is not a new, empty
// store.
var ErrNoStore = errors.New("no store there")

// openExisting opens the store of an existing data directory.
func openExisting(ctx context.Context, dir string) (*store.Store, error) {
	if err := requireStore(dir); err != nil {
		return nil, err
	}
	return store.Open(ctx, filepath.Join(dir, dbFile))
}

// requireStore checks that dir is a data directory with a database.
func requireStore(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("--data %s: %w (check the path, or start `storecast serve --data %s` once to create a store)", dir, ErrNoStore, dir)
	}
	if !fi.IsDir() {
		return fmt.Errorf("--data %s: not a directory: %w", dir, ErrNoStore)
	}
	if _, err := os.Stat(filepath.Join(dir, dbFile)); err != nil {
		return fmt.Errorf("--data %s: no %s in it: %w (check the path, or start `storecast serve --data %s` once to create a store)", dir, dbFile, ErrNoStore, dir)
	}
	return nil
}
