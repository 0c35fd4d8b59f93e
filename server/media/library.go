package media

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"storecast/app/content"
)

// MaxBytes is the largest file Save accepts.
const MaxBytes = 10 << 20

// Image limits, checked from the header before any pixel is decoded;
// an image within them is then decoded in full.
const (
	MaxSide   = 8192
	MaxPixels = 40_000_000
)

// Errors Save returns for files it refuses. Their messages are written for
// staff and may be shown as they are; errors.Is tells them apart.
var (
	ErrTooLarge        = errors.New("the file is larger than the 10 MiB limit")
	ErrUnsupportedType = errors.New("this file type is not allowed; upload a PNG, JPEG, GIF or WebP image, or an MP4 or WebM video")
	ErrImageTooLarge   = errors.New("the image is too large; the limit is 8192 pixels on a side and 40 megapixels in all")
)

// rejection is a refusal with a more specific message than its sentinel,
// e.g. "the file is not a valid PNG image"; it matches the sentinel.
type rejection struct {
	kind error
	msg  string
}

func (e *rejection) Error() string { return e.msg }
func (e *rejection) Unwrap() error { return e.kind }

func reject(kind error, format string, args ...any) error {
	return &rejection{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// Library is a directory of content-addressed media files. It is safe for
// concurrent use: files are written under temporary names and renamed into
// place, so a reader never sees a partial file.
type Library struct {
	dir      string
	decoding chan struct{} // one full image decode at a time (decodeImage)
}

// New returns a Library storing files in dir, creating it if needed.
func New(dir string) (*Library, error) {
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("media: new: %w", err)
	}
	return &Library{dir: dir, decoding: make(chan struct{}, 1)}, nil
}

// Exists reports whether url names a stored file. Only well-formed media
// URLs are looked up, so the URL never reaches the file system unchecked.
func (l *Library) Exists(url string) bool {
	if !content.ValidMediaURL(url) {
		return false
	}
	_, err := os.Stat(filepath.Join(l.dir, strings.TrimPrefix(url, content.MediaPrefix)))
	return err == nil
}
