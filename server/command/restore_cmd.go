package command

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"storecast/server/store"
)

const restoreUsage = "restore --data DIR [--force] FILE"

const restoreAbout = `Restores a backup made by storecast backup into DIR, which must be empty or
new unless --force is given. Every file is checked against the backup's
SHA-256 list and the database with PRAGMA integrity_check before anything is
put in place. Stop the server first. FILE "-" reads standard input.`

func restoreFlags(getenv func(string) string, stderr io.Writer) (fs *flag.FlagSet, data *string, force *bool) {
	fs = newFlags("restore", restoreUsage, restoreAbout, stderr)
	data = dataFlag(fs, getenv)
	force = fs.Bool("force", false, "restore into a data directory that is not empty; what is there is moved into DIR/.pre-restore-TIME, not deleted")
	return fs, data, force
}

// restoreCmd runs `storecast restore --data DIR [--force] FILE`.
func restoreCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, data, force := restoreFlags(getenv, stderr)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("restore: give the backup file to restore (or - for standard input)")
	}
	in := stdin
	if pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		defer f.Close()
		in = f
	}
	res, err := restore(ctx, in, *data, *force, time.Now())
	if err != nil {
		return err
	}
	res.print(stdout, *data)
	return nil
}

// restored is what a restore put in place.
type restored struct {
	manifest   manifest
	check      store.FileCheck
	secrets    []string
	media      int
	mediaBytes int64
	jetstream  int
	feedLeft   int    // feed files left out
	movedAside string // where --force put what was there, if anything
}

// restore unpacks the backup read from r into dataDir. Nothing in dataDir
// changes until the whole archive has been read and checked: it is
// unpacked into a staging directory inside dataDir (the same file system,
// so putting it in place is a rename per entry).
func restore(ctx context.Context, r io.Reader, dataDir string, force bool, now time.Time) (restored, error) {
	present, err := os.ReadDir(dataDir)
	existed := err == nil
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dataDir, 0o750); err != nil {
			return restored{}, fmt.Errorf("restore: %w", err)
		}
	case err != nil:
		return restored{}, fmt.Errorf("restore: %w", err)
	case len(present) > 0 && !force:
		return restored{}, fmt.Errorf("restore: %s is not empty (it holds %s); restore into a new directory, or pass --force to move what is there aside", dataDir, names(present))
	}
	stage, err := os.MkdirTemp(dataDir, ".restore-")
	if err != nil {
		return restored{}, fmt.Errorf("restore: %w", err)
	}
	defer os.RemoveAll(stage)
	x, err := extract(ctx, r, stage)
	if err != nil {
		return restored{}, err
	}
	check, err := store.Check(ctx, filepath.Join(stage, dbFile))
	if err != nil {
		return restored{}, fmt.Errorf("restore: %w", err)
	}
	if check.SchemaVersion > store.KnownSchemaVersion() {
		return restored{}, fmt.Errorf("restore: the backup's database is at schema %d, this storecast knows up to %d; restore with the storecast that made it (%s) or a newer one",
			check.SchemaVersion, store.KnownSchemaVersion(), x.manifest.Storecast)
	}
	if err := store.OutboxPastRestore(ctx, filepath.Join(stage, dbFile), now); err != nil {
		return restored{}, fmt.Errorf("restore: %w", err)
	}
	res := x.summary(check)
	if len(present) > 0 {
		if res.movedAside, err = moveAside(dataDir, present, now); err != nil {
			return restored{}, err
		}
	}
	if err := putInPlace(stage, dataDir); err != nil {
		return restored{}, err
	}
	if err := os.Chmod(dataDir, 0o750); err != nil {
		return restored{}, fmt.Errorf("restore: %w", err)
	}
	if existed {
		// Run as root for a server that runs as its own user: the files
		// go to the directory's owner, or the server could not open them.
		if err := chownLike(dataDir); err != nil {
			return restored{}, fmt.Errorf("restore: %w", err)
		}
	}
	return res, nil
}

func (x extracted) summary(check store.FileCheck) restored {
	res := restored{manifest: x.manifest, check: check, feedLeft: len(x.skipped)}
	for _, f := range x.manifest.Files {
		top, _, _ := strings.Cut(f.Path, "/")
		switch top {
		case mediaDir:
			res.media++
			res.mediaBytes += f.Size
		case jetstreamDir:
			res.jetstream++
		case dbFile:
		default:
			res.secrets = append(res.secrets, f.Path)
		}
	}
	res.jetstream -= res.feedLeft
	return res
}

// moveAside moves what dataDir holds into dataDir/.pre-restore-TIME.
func moveAside(dataDir string, present []os.DirEntry, now time.Time) (string, error) {
	aside := filepath.Join(dataDir, ".pre-restore-"+now.UTC().Format("20060102T150405Z"))
	if err := os.Mkdir(aside, 0o700); err != nil {
		return "", fmt.Errorf("restore: %w", err)
	}
	for _, e := range present {
		if err := os.Rename(filepath.Join(dataDir, e.Name()), filepath.Join(aside, e.Name())); err != nil {
			return "", fmt.Errorf("restore: moving the old files aside: %w", err)
		}
	}
	return aside, nil
}

// putInPlace renames each top-level entry of stage into dataDir.
func putInPlace(stage, dataDir string) error {
	entries, err := os.ReadDir(stage)
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	for _, e := range entries {
		if err := os.Rename(filepath.Join(stage, e.Name()), filepath.Join(dataDir, e.Name())); err != nil {
			return fmt.Errorf("restore: %w", err)
		}
	}
	return nil
}

func names(es []os.DirEntry) string {
	var ns []string
	for i, e := range es {
		if i == 3 {
			ns = append(ns, "…")
			break
		}
		ns = append(ns, e.Name())
	}
	return strings.Join(ns, ", ")
}

func (r restored) print(w io.Writer, dataDir string) {
	m := r.manifest
	fmt.Fprintf(w, "restored into %s the backup made %s by storecast %s:\n", dataDir, m.CreatedAt.Format(time.RFC3339), m.Storecast)
	fmt.Fprintf(w, "  %-12s schema %d, integrity %s\n", dbFile, r.check.SchemaVersion, r.check.Integrity)
	fmt.Fprintf(w, "  %-12s %s\n", "secrets", strings.Join(r.secrets, ", "))
	fmt.Fprintf(w, "  %-12s %d files, %s\n", mediaDir+"/", r.media, byteSize(r.mediaBytes))
	if m.JetStream != "" {
		fmt.Fprintf(w, "  %-12s %d files (%d of the screens' feed left out: it starts anew)\n", jetstreamDir+"/", r.jetstream, r.feedLeft)
	}
	fmt.Fprintf(w, "every file matched its SHA-256 in the backup's manifest (%d files, %s)\n", len(m.Files), byteSize(m.size()))
	if r.movedAside != "" {
		fmt.Fprintf(w, "what %s held before is in %s; delete it once the store runs\n", dataDir, r.movedAside)
	}
	fmt.Fprintln(w, "Start the server: screens reconnect by themselves and load the restored content.")
}
