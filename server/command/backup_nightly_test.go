package command

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

func TestNextAt(t *testing.T) {
	shanghai, _ := time.LoadLocation("Asia/Shanghai")
	berlin, _ := time.LoadLocation("Europe/Berlin")
	tests := []struct {
		name string
		now  time.Time
		h, m int
		loc  *time.Location
		want time.Time
	}{
		{"later today", time.Date(2026, 3, 1, 1, 0, 0, 0, shanghai), 3, 30, shanghai, time.Date(2026, 3, 1, 3, 30, 0, 0, shanghai)},
		{"passed today", time.Date(2026, 3, 1, 4, 0, 0, 0, shanghai), 3, 30, shanghai, time.Date(2026, 3, 2, 3, 30, 0, 0, shanghai)},
		{"exactly now is tomorrow", time.Date(2026, 3, 1, 3, 30, 0, 0, shanghai), 3, 30, shanghai, time.Date(2026, 3, 2, 3, 30, 0, 0, shanghai)},
		{"the server's clock in UTC (02:00 in Shanghai)", time.Date(2026, 3, 1, 18, 0, 0, 0, time.UTC), 3, 30, shanghai, time.Date(2026, 3, 2, 3, 30, 0, 0, shanghai)},
		{"end of month", time.Date(2026, 2, 28, 23, 0, 0, 0, berlin), 3, 30, berlin, time.Date(2026, 3, 1, 3, 30, 0, 0, berlin)},
		// 29 March 2026: Berlin's clocks jump from 02:00 to 03:00.
		{"a time skipped by daylight saving", time.Date(2026, 3, 29, 1, 0, 0, 0, berlin), 2, 30, berlin, time.Date(2026, 3, 29, 3, 30, 0, 0, berlin)},
		{"the day after daylight saving", time.Date(2026, 3, 29, 4, 0, 0, 0, berlin), 2, 30, berlin, time.Date(2026, 3, 30, 2, 30, 0, 0, berlin)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nextAt(tt.now, tt.h, tt.m, tt.loc); !got.Equal(tt.want) {
				t.Errorf("nextAt(%v, %02d:%02d) = %v; want %v", tt.now, tt.h, tt.m, got, tt.want)
			}
		})
	}
}

// TestNightlySchedule runs the scheduler on synctest's fake clock for
// three days: one backup a day at 03:30 store time, named by that time,
// and none after the server stops.
func TestNightlySchedule(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		shanghai, _ := time.LoadLocation("Asia/Shanghai")
		var (
			mu    sync.Mutex
			paths []string
		)
		n := &nightly{dir: t.TempDir(), keep: 2, hour: 3, minute: 30, loc: shanghai, log: slog.New(slog.DiscardHandler),
			backup: func(_ context.Context, _, path string, _ time.Time) (manifest, error) {
				mu.Lock()
				defer mu.Unlock()
				paths = append(paths, filepath.Base(path))
				return manifest{}, os.WriteFile(path, nil, 0o600)
			}}
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan struct{})
		go func() { defer close(done); n.run(ctx) }()

		// The bubble's clock starts at 2000-01-01 00:00 UTC: 08:00 in Shanghai.
		time.Sleep(3*24*time.Hour - time.Minute)
		synctest.Wait()
		cancel()
		<-done
		want := []string{"storecast-20000102-033000.tar.gz", "storecast-20000103-033000.tar.gz", "storecast-20000104-033000.tar.gz"}
		if !slices.Equal(paths, want) {
			t.Errorf("backups = %v; want %v", paths, want)
		}
		left, _ := os.ReadDir(n.dir)
		if len(left) != 2 || left[0].Name() != want[1] {
			t.Errorf("kept %v; want the newest 2", left)
		}
	})
}

func TestPrune(t *testing.T) {
	dir := t.TempDir()
	names := []string{
		"storecast-20261201-033000.tar.gz", "storecast-20261130-033000.tar.gz", "storecast-20261202-033000.tar.gz",
		"storecast-20261129-033000.tar.gz", "before-upgrade.tar.gz", "storecast-notes.txt",
	}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	removed, err := prune(dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range removed {
		got = append(got, filepath.Base(r))
	}
	if want := []string{"storecast-20261129-033000.tar.gz", "storecast-20261130-033000.tar.gz"}; !slices.Equal(got, want) {
		t.Errorf("removed %v; want the oldest two, %v", got, want)
	}
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if want := "before-upgrade.tar.gz storecast-20261201-033000.tar.gz storecast-20261202-033000.tar.gz storecast-notes.txt"; strings.Join(left, " ") != want {
		t.Errorf("left %v; want %s (other files untouched)", left, want)
	}
	if removed, _ := prune(dir, 0); len(removed) != 1 {
		t.Errorf("prune keep=0 removed %d; want 1: the newest backup is always kept", len(removed))
	}
}

// TestNightlyOnceWritesARestorableBackup takes two nightly backups the
// way the scheduler does, keeping one, and restores it.
func TestNightlyOnceWritesARestorableBackup(t *testing.T) {
	src := newDataDir(t)
	dir := t.TempDir()
	n := &nightly{dataDir: src, dir: dir, keep: 1, loc: time.UTC, log: slog.New(slog.NewTextHandler(io.Discard, nil)), backup: backupToFile}
	n.once(context.Background(), time.Date(2026, 12, 1, 3, 30, 0, 0, time.UTC))
	n.once(context.Background(), time.Date(2026, 12, 2, 3, 30, 0, 0, time.UTC))
	left, _ := os.ReadDir(dir)
	if len(left) != 1 || left[0].Name() != "storecast-20261202-033000.tar.gz" {
		t.Fatalf("backup dir holds %v; want the newest backup alone", left)
	}
	if _, stderr, err := runCmd("restore", "--data", filepath.Join(t.TempDir(), "r"), filepath.Join(dir, left[0].Name())); err != nil {
		t.Fatalf("restore the nightly backup: %v\n%s", err, stderr)
	}
}

// TestServeStartsNightlyBackups: the real server, told to, schedules them.
func TestServeStartsNightlyBackups(t *testing.T) {
	srv := startServer(t, t.TempDir(), "--backup-dir", filepath.Join(t.TempDir(), "nightly"), "--backup-at", "04:15", "--backup-keep", "3")
	waitFor(t, 10*time.Second, 10*time.Millisecond, "the scheduler's log line", func() bool {
		return strings.Contains(srv.stderr.String(), `msg="nightly backups on"`) && strings.Contains(srv.stderr.String(), "at=04:15")
	})
}

func TestServeBackupFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		env     func(string) string
		want    [3]any // dir, keep, at
		wantErr string
	}{
		{name: "off by default", env: env(), want: [3]any{"", 0, ""}},
		{name: "defaults", args: []string{"--backup-dir", "/srv/b"}, env: env(), want: [3]any{"/srv/b", 7, "03:30"}},
		{name: "environment", env: env("STORECAST_BACKUP_DIR", "/srv/b", "STORECAST_BACKUP_KEEP", "14", "STORECAST_BACKUP_AT", "23:05"), want: [3]any{"/srv/b", 14, "23:05"}},
		{name: "bad time", args: []string{"--backup-dir", "/srv/b", "--backup-at", "3.30"}, env: env(), wantErr: "24-hour time"},
		{name: "keep none", args: []string{"--backup-dir", "/srv/b", "--backup-keep", "0"}, env: env(), wantErr: "out of range"},
		{name: "bad keep in environment", env: env("STORECAST_BACKUP_DIR", "/srv/b", "STORECAST_BACKUP_KEEP", "many"), wantErr: "STORECAST_BACKUP_KEEP"},
		{name: "into the data directory", args: []string{"--data", "/srv/d", "--backup-dir", "/srv/d/"}, env: env(), wantErr: "must not be the data directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := parseServe(tt.args, tt.env, io.Discard)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v; want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if got := [3]any{cfg.BackupDir, cfg.BackupKeep, cfg.BackupAt}; err != nil || got != tt.want {
				t.Fatalf("backup config = %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}
