package command

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// ErrBadBackup is returned when an archive is not a whole, unaltered
// storecast backup.
var ErrBadBackup = errors.New("restore: not a valid backup")

// feedStreamPrefix begins the name of each screens' feed stream
// (hub.feedStreamName). Restore leaves those streams out: a feed restored
// with its epoch but without its last messages would let a screen that had
// seen them resume past changes the restored database lacks. Without it,
// the hub makes the feed anew with a new epoch and every screen loads a
// fresh snapshot. TestRestoreGivesTheFeedANewEpoch checks the name.
const feedStreamPrefix = "FEED_"

// extracted is what extract wrote, and what it read.
type extracted struct {
	manifest manifest
	files    map[string]manifestFile // every file in the archive, by path
	skipped  []string                // feed files checked but not written
}

// extract unpacks a backup into stage, hashing every file, and checks it
// against the manifest: the same files, sizes and SHA-256s.
func extract(ctx context.Context, r io.Reader, stage string) (extracted, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return extracted{}, fmt.Errorf("%w: %v", ErrBadBackup, err)
	}
	x := extracted{files: map[string]manifestFile{}}
	var rawManifest []byte
	tr := tar.NewReader(gz)
	for {
		if err := ctx.Err(); err != nil {
			return extracted{}, err
		}
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return extracted{}, fmt.Errorf("%w: %v", ErrBadBackup, err)
		}
		if h.Name == manifestName {
			if rawManifest, err = io.ReadAll(io.LimitReader(tr, 64<<20)); err != nil {
				return extracted{}, fmt.Errorf("%w: %v", ErrBadBackup, err)
			}
			continue
		}
		if err := x.file(tr, h, stage); err != nil {
			return extracted{}, err
		}
	}
	if rawManifest == nil {
		return extracted{}, fmt.Errorf("%w: it has no %s", ErrBadBackup, manifestName)
	}
	if err := json.Unmarshal(rawManifest, &x.manifest); err != nil {
		return extracted{}, fmt.Errorf("%w: %s: %v", ErrBadBackup, manifestName, err)
	}
	return x, x.verify()
}

// file writes one archive entry under stage, or only hashes it if it is
// part of the screens' feed.
func (x *extracted) file(tr io.Reader, h *tar.Header, stage string) error {
	mode, dirMode, err := restoreModes(h)
	if err != nil {
		return err
	}
	if _, dup := x.files[h.Name]; dup {
		return fmt.Errorf("%w: %s appears twice", ErrBadBackup, h.Name)
	}
	var (
		out io.Writer = io.Discard
		f   *os.File
	)
	if isFeedFile(h.Name) {
		x.skipped = append(x.skipped, h.Name)
	} else {
		target := filepath.Join(stage, filepath.FromSlash(h.Name))
		if err := mkdirs(filepath.Dir(target), stage, dirMode); err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		if f, err = os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode); err != nil {
			return fmt.Errorf("restore: %w", err)
		}
		defer f.Close()
		if err := f.Chmod(mode); err != nil { // whatever the umask
			return fmt.Errorf("restore: %w", err)
		}
		out = f
	}
	hw := newHashingWriter(out)
	if _, err := io.Copy(hw, tr); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBadBackup, h.Name, err)
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return fmt.Errorf("restore: %w", err)
		}
	}
	x.files[h.Name] = hw.entry(h.Name)
	return nil
}

// restoreModes checks an entry's name and says what mode it is written
// with, and its directories: the database and secrets 0600, media 0640 in
// 0750, JetStream 0600 in 0700. Anything else is refused, so an archive
// cannot write outside the data directory or plant other files in it.
func restoreModes(h *tar.Header) (file, dir os.FileMode, err error) {
	name := h.Name
	if h.Typeflag != tar.TypeReg || name == "" || path.Clean(name) != name || path.IsAbs(name) ||
		name == ".." || strings.HasPrefix(name, "../") {
		return 0, 0, fmt.Errorf("%w: unexpected entry %q", ErrBadBackup, name)
	}
	top, _, nested := strings.Cut(name, "/")
	switch {
	case !nested && (top == dbFile || slices.Contains(secretFiles, top)):
		return 0o600, 0o750, nil
	case nested && top == mediaDir:
		return 0o640, 0o750, nil
	case nested && top == jetstreamDir:
		return 0o600, 0o700, nil
	}
	return 0, 0, fmt.Errorf("%w: unexpected file %q", ErrBadBackup, name)
}

// chainInStream is a chain member's copy of head office's content
// (chain.inStream). Restore leaves out its consumer's position
// (…/streams/HQ_IN/obs/…): the files were copied after the database, so
// the position may be past a change the restored database lacks. Without
// it the store reads the stream from its start again, and its database's
// record of what it applied skips the rest.
const chainInStream = "HQ_IN"

// isFeedFile reports whether a JetStream file is one restore leaves out: a
// screens' feed stream's (jetstream/…/streams/FEED_…/…) or the position
// of a chain member's reader of head office's content.
func isFeedFile(name string) bool {
	parts := strings.Split(name, "/")
	for i := 1; i+1 < len(parts); i++ {
		if parts[0] != jetstreamDir || parts[i] != "streams" {
			continue
		}
		if strings.HasPrefix(parts[i+1], feedStreamPrefix) || parts[i+1] == chainInStream && i+2 < len(parts) && parts[i+2] == "obs" {
			return true
		}
	}
	return false
}

// mkdirs creates dir and its parents up to root with mode.
func mkdirs(dir, root string, mode os.FileMode) error {
	if dir == root {
		return nil
	}
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	if err := mkdirs(filepath.Dir(dir), root, mode); err != nil {
		return err
	}
	if err := os.Mkdir(dir, mode); err != nil {
		return err
	}
	return os.Chmod(dir, mode)
}

// verify compares what was read with the manifest.
func (x *extracted) verify() error {
	m := x.manifest
	if m.Format != backupFormat {
		return fmt.Errorf("%w: format %d; this storecast reads format %d", ErrBadBackup, m.Format, backupFormat)
	}
	listed := map[string]bool{}
	for _, want := range m.Files {
		listed[want.Path] = true
		got, ok := x.files[want.Path]
		switch {
		case !ok:
			return fmt.Errorf("%w: %s is missing", ErrBadBackup, want.Path)
		case got.Size != want.Size || got.SHA256 != want.SHA256:
			return fmt.Errorf("%w: %s is damaged (sha256 %s, size %d; the manifest says %s, %d)",
				ErrBadBackup, want.Path, got.SHA256, got.Size, want.SHA256, want.Size)
		}
	}
	for p := range x.files {
		if !listed[p] {
			return fmt.Errorf("%w: %s is not in the manifest", ErrBadBackup, p)
		}
	}
	if !listed[dbFile] {
		return fmt.Errorf("%w: it has no %s", ErrBadBackup, dbFile)
	}
	return nil
}
