package command

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"storecast/server/store"
)

// writeBackup writes a backup of the store in dataDir to w while the
// server may be running, and returns its manifest.
//
// Order matters. The database is snapshotted first (store.Snapshot: a
// consistent copy as of one instant, with writers going on); then the
// secrets; then media/, whose files are named by their hash and never
// change or go away, so every picture the snapshot names is there when it
// is read. The JetStream files are held open by the running server, so
// they are copied as they are, after the database (the manifest says so).
// What cannot change under us (the snapshot, media) goes into the archive
// directly; the JetStream files are first copied to a staging directory
// so each is archived with the size it was read at.
func writeBackup(ctx context.Context, dataDir string, w io.Writer, now time.Time) (manifest, error) {
	stage, err := os.MkdirTemp(dataDir, ".backup-")
	if err != nil {
		return manifest{}, fmt.Errorf("backup: %w", err)
	}
	defer os.RemoveAll(stage)
	db := filepath.Join(stage, dbFile)
	if err := store.Snapshot(ctx, filepath.Join(dataDir, dbFile), db); err != nil {
		return manifest{}, fmt.Errorf("backup: %w", err)
	}
	check, err := store.Check(ctx, db)
	if err != nil {
		return manifest{}, fmt.Errorf("backup: the copy of the database: %w", err)
	}
	m := manifest{Format: backupFormat, Storecast: Version, CreatedAt: now.UTC().Truncate(time.Second),
		SchemaVersion: check.SchemaVersion, SQLiteIntegrity: check.Integrity}
	js := filepath.Join(dataDir, jetstreamDir)
	if fi, err := os.Stat(js); err == nil && fi.IsDir() {
		if err := copyTree(ctx, js, filepath.Join(stage, jetstreamDir)); err != nil {
			return manifest{}, fmt.Errorf("backup: %w", err)
		}
		m.JetStream = jetstreamNote
	}

	gz, _ := gzip.NewWriterLevel(w, gzip.BestSpeed) // the level is valid
	a := &archiver{tw: tar.NewWriter(gz), m: &m}
	a.add(db, dbFile, 0o600)
	for _, name := range secretFiles {
		if _, err := os.Stat(filepath.Join(dataDir, name)); err == nil {
			a.add(filepath.Join(dataDir, name), name, 0o600)
		}
	}
	a.tree(ctx, filepath.Join(dataDir, mediaDir), mediaDir, 0o640)
	a.tree(ctx, filepath.Join(stage, jetstreamDir), jetstreamDir, 0o600)
	a.manifest(now)
	if a.err == nil {
		a.err = a.tw.Close()
	}
	if a.err == nil {
		a.err = gz.Close()
	}
	if a.err != nil {
		return manifest{}, fmt.Errorf("backup: %w", a.err)
	}
	return m, nil
}

// archiver writes files into a tar archive and lists them in m; the first
// error stops it.
type archiver struct {
	tw  *tar.Writer
	m   *manifest
	err error
}

// add archives the file at src as name (slash-separated) with mode.
func (a *archiver) add(src, name string, mode int64) {
	if a.err != nil {
		return
	}
	f, err := os.Open(src)
	if err != nil {
		a.err = err
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		a.err = err
		return
	}
	hdr := &tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: mode, Size: fi.Size(), ModTime: fi.ModTime()}
	if a.err = a.tw.WriteHeader(hdr); a.err != nil {
		return
	}
	hw := newHashingWriter(a.tw)
	if _, err := io.Copy(hw, io.LimitReader(f, fi.Size())); err != nil {
		a.err = err
		return
	}
	if hw.n != fi.Size() {
		a.err = fmt.Errorf("%s changed while it was read", src)
		return
	}
	a.m.Files = append(a.m.Files, hw.entry(name))
}

// tree archives every regular file under dir as prefix/…, leaving out
// names that begin with a dot (uploads and copies in progress). A missing
// dir is an empty one.
func (a *archiver) tree(ctx context.Context, dir, prefix string, mode int64) {
	if a.err != nil {
		return
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p) // p is under dir
		a.add(p, path.Join(prefix, filepath.ToSlash(rel)), mode)
		return a.err
	})
	if a.err == nil {
		a.err = err
	}
}

// manifest writes the manifest as the archive's last entry.
func (a *archiver) manifest(now time.Time) {
	if a.err != nil {
		return
	}
	b, err := json.MarshalIndent(a.m, "", "  ")
	if err != nil {
		a.err = err
		return
	}
	b = append(b, '\n')
	hdr := &tar.Header{Typeflag: tar.TypeReg, Name: manifestName, Mode: 0o600, Size: int64(len(b)), ModTime: now}
	if a.err = a.tw.WriteHeader(hdr); a.err == nil {
		_, a.err = a.tw.Write(b)
	}
}

// copyTree copies the regular files under src to dst as they are now,
// creating directories 0700 and files 0600. Files that disappear while it
// runs (the server compacting its own) are skipped.
func copyTree(ctx context.Context, src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o700)
		case d.Type().IsRegular():
			err := copyFile(p, target, 0o600)
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		return nil
	})
}

func copyFile(src, dst string, mode os.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
