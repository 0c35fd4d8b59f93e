package command

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// nightlyName is a nightly backup's file name, from its local start time;
// names sort in time order, and prune touches only files named so.
const nightlyName = "storecast-20060102-150405.tar.gz"

// nightly takes a backup every day at one wall-clock time in the store's
// zone and keeps the newest few.
type nightly struct {
	dataDir string
	dir     string
	keep    int
	hour    int
	minute  int
	loc     *time.Location
	log     *slog.Logger
	// backup writes one backup to path; backupToFile but in tests.
	backup func(ctx context.Context, dataDir, path string, now time.Time) (manifest, error)
}

// startNightly runs backups in the background until ctx ends or the
// returned stop is called; stop also waits for a backup in progress to
// give up.
func startNightly(ctx context.Context, cfg Config, log *slog.Logger) (stop func(), err error) {
	loc, err := time.LoadLocation(cfg.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	h, m, err := parseClock(cfg.BackupAt)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.BackupDir, 0o700); err != nil {
		return nil, fmt.Errorf("backup: %w", err)
	}
	n := &nightly{dataDir: cfg.DataDir, dir: cfg.BackupDir, keep: cfg.BackupKeep, hour: h, minute: m, loc: loc, log: log, backup: backupToFile}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		n.run(ctx)
	}()
	log.Info("nightly backups on", slog.String("dir", cfg.BackupDir), slog.String("at", cfg.BackupAt), slog.String("zone", cfg.TimeZone), slog.Int("keep", cfg.BackupKeep))
	return func() { cancel(); <-done }, nil
}

// run sleeps until each backup time, takes the backup, prunes old ones.
// A failed backup is logged and the next is tomorrow's: the error is in
// the log for whoever watches it, and retrying at once would likely fail
// the same way.
func (n *nightly) run(ctx context.Context) {
	for {
		next := nextAt(time.Now(), n.hour, n.minute, n.loc)
		t := time.NewTimer(time.Until(next))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		n.once(ctx, time.Now())
	}
}

func (n *nightly) once(ctx context.Context, now time.Time) {
	path := filepath.Join(n.dir, now.In(n.loc).Format(nightlyName))
	m, err := n.backup(ctx, n.dataDir, path, now)
	if err != nil {
		if ctx.Err() == nil {
			n.log.Error("nightly backup failed", slog.String("file", path), slog.Any("err", err))
		}
		return
	}
	n.log.Info("nightly backup", slog.String("file", path), slog.Int("files", len(m.Files)),
		slog.Int64("bytes", m.size()), slog.Duration("took", time.Since(now)))
	removed, err := prune(n.dir, n.keep)
	if err != nil {
		n.log.Error("pruning old backups", slog.Any("err", err))
	}
	for _, r := range removed {
		n.log.Info("removed old backup", slog.String("file", r))
	}
}

// nextAt returns the first hour:minute wall-clock time in loc after now.
// On a day when that time does not exist (clocks go forward over it),
// time.Date moves it past the gap, so the backup runs late, not never.
func nextAt(now time.Time, hour, minute int, loc *time.Location) time.Time {
	local := now.In(loc)
	at := time.Date(local.Year(), local.Month(), local.Day(), hour, minute, 0, 0, loc)
	for !at.After(now) {
		local = local.AddDate(0, 0, 1)
		at = time.Date(local.Year(), local.Month(), local.Day(), hour, minute, 0, 0, loc)
	}
	return at
}

// prune deletes all but the newest keep nightly backups in dir and returns
// the paths it deleted. Other files are never touched.
func prune(dir string, keep int) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("backup: prune: %w", err)
	}
	var ours []string
	for _, e := range entries {
		if _, err := time.Parse(nightlyName, e.Name()); err == nil && e.Type().IsRegular() {
			ours = append(ours, e.Name())
		}
	}
	slices.Sort(ours) // the names sort in time order
	var removed []string
	for _, name := range ours[:max(0, len(ours)-max(keep, 1))] {
		p := filepath.Join(dir, name)
		if err := os.Remove(p); err != nil {
			return removed, fmt.Errorf("backup: prune: %w", err)
		}
		removed = append(removed, p)
	}
	return removed, nil
}

// parseClock reads "HH:MM" (24-hour).
func parseClock(s string) (hour, minute int, err error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, 0, fmt.Errorf("config: --backup-at %q: use a 24-hour time like 03:30", s)
	}
	return t.Hour(), t.Minute(), nil
}
