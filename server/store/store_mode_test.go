package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestDatabaseFilesArePrivate: the database holds password and token
// hashes, so it and its -wal and -shm are readable by the owner only, like
// the secrets beside them, whatever the umask; files an older version (or
// a crash, for -wal and -shm) left open to others are tightened.
func TestDatabaseFilesArePrivate(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		old  os.FileMode // 0: no file yet
	}{{"new", 0}, {"left 0644", 0o644}} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "storecast.db")
			if tt.old != 0 {
				for _, f := range []string{path, path + "-wal", path + "-shm"} {
					if err := os.WriteFile(f, nil, tt.old); err != nil {
						t.Fatal(err)
					}
					os.Chmod(f, tt.old) // past the umask
				}
			}
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if err := setSettingForTest(ctx, s, "k", "v"); err != nil { // the WAL gets a frame
				t.Fatal(err)
			}
			for _, f := range []string{path, path + "-wal", path + "-shm"} {
				fi, err := os.Stat(f)
				if err != nil {
					t.Fatal(err)
				}
				if got := fi.Mode().Perm(); got != 0o600 {
					t.Errorf("%s: mode %04o; want 0600", filepath.Base(f), got)
				}
			}
		})
	}
}
