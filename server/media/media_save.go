package media

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"storecast/app/content"
)

// Save checks the file read from r and stores it, returning its media URL
// (content.MediaPrefix + "<sha256>.<ext>"). It reads at most MaxBytes+1
// bytes from r. Refusals match ErrTooLarge, ErrUnsupportedType or
// ErrImageTooLarge under errors.Is and leave nothing behind; other errors
// are the server's (disk full, permissions).
func (l *Library) Save(r io.Reader) (url string, err error) {
	return l.save(r, false)
}

// SaveStill is Save for a still picture only, a logo: a PNG, JPEG or
// WebP image passes the same checks, and a GIF, an animated WebP or a
// video is refused with ErrUnsupportedType.
func (l *Library) SaveStill(r io.Reader) (url string, err error) {
	return l.save(r, true)
}

func (l *Library) save(r io.Reader, still bool) (url string, err error) {
	tmp, err := os.CreateTemp(l.dir, ".upload-*")
	if err != nil {
		return "", fmt.Errorf("media: save: %w", err)
	}
	renamed := false
	defer func() {
		tmp.Close() // a second Close after finish is harmless
		if !renamed {
			os.Remove(tmp.Name())
		}
	}()

	// Streaming to disk while hashing keeps memory flat however many
	// uploads arrive at once; the +1 byte tells "exactly at" from "over".
	hash := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, hash), io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return "", fmt.Errorf("media: save: %w", err)
	}
	if n > MaxBytes {
		return "", ErrTooLarge
	}
	ext, err := l.check(tmp, n, still)
	if err != nil {
		return "", err
	}

	name := hex.EncodeToString(hash.Sum(nil)) + "." + ext
	final := filepath.Join(l.dir, name)
	if _, err := os.Stat(final); err == nil {
		return content.MediaPrefix + name, nil // same bytes already stored
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("media: save: %w", err)
	}
	if err := finish(tmp); err != nil {
		return "", fmt.Errorf("media: save: %w", err)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return "", fmt.Errorf("media: save: %w", err)
	}
	renamed = true
	return content.MediaPrefix + name, nil
}

// check sniffs the type of the n bytes written to f and validates images;
// with still, only PNG, JPEG and WebP pass.
func (l *Library) check(f *os.File, n int64, still bool) (ext string, err error) {
	if n == 0 {
		return "", reject(ErrUnsupportedType, "the file is empty")
	}
	head := make([]byte, min(n, sniffLen))
	if _, err := f.ReadAt(head, 0); err != nil {
		return "", fmt.Errorf("media: save: %w", err)
	}
	ext = sniff(head)
	if ext == "" {
		return "", ErrUnsupportedType
	}
	if still && !stillTypes[ext] {
		return "", reject(ErrUnsupportedType, "this file type is not allowed here; upload a PNG, JPEG or WebP image")
	}
	if err := l.checkImage(f, ext, n); err != nil {
		return "", err
	}
	return ext, nil
}

// finish makes the temporary file durable and readable by the server only,
// before it becomes visible under its final name.
func finish(f *os.File) error {
	if err := f.Chmod(0o640); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	return f.Close()
}
