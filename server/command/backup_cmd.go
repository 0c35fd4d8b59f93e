package command

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

const backupUsage = "backup [--data DIR] FILE"

const backupAbout = `Writes one archive (tar.gz) of a store, running or not: a consistent copy
of the database, the secrets (admin-token, coupon-secret,
points-secret), media/ and, if
there, jetstream/, with a manifest listing every file's SHA-256. FILE "-"
writes the archive to standard output. Run it as the user the server runs
as (sudo -u storecast storecast backup …).`

func backupFlags(getenv func(string) string, stderr io.Writer) (fs *flag.FlagSet, data *string) {
	fs = newFlags("backup", backupUsage, backupAbout, stderr)
	return fs, dataFlag(fs, getenv)
}

// backupCmd runs `storecast backup [--data DIR] FILE`.
func backupCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs, data := backupFlags(getenv, stderr)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("backup: give the file to write (or - for standard output)")
	}
	if err := requireStore(*data); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	start := time.Now()
	var m manifest
	if pos[0] == "-" {
		m, err = writeBackup(ctx, *data, stdout, start)
		stdout = stderr // the summary must not go into the archive
	} else {
		m, err = backupToFile(ctx, *data, pos[0], start)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backed up %s: %d files, %s, database schema %d, integrity %s, in %v\n",
		*data, len(m.Files), byteSize(m.size()), m.SchemaVersion, m.SQLiteIntegrity, time.Since(start).Round(time.Millisecond))
	return nil
}

// backupToFile writes a backup to path, which must not exist: into a
// temporary file beside it first, renamed into place once complete, so a
// file with the final name is always a whole backup. Mode 0600: it holds
// the secrets.
func backupToFile(ctx context.Context, dataDir, path string, now time.Time) (manifest, error) {
	if _, err := os.Stat(path); err == nil {
		return manifest{}, fmt.Errorf("backup: %s exists already", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".storecast-backup-*")
	if err != nil {
		return manifest{}, fmt.Errorf("backup: %w", err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	m, err := writeBackup(ctx, dataDir, tmp, now)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return manifest{}, fmt.Errorf("backup: %w", err)
	}
	return m, nil
}

// byteSize prints n bytes for people: 512 B, 1.5 MiB.
func byteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
