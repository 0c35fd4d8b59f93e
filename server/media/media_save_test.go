package media

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storecast/app/content"
)

func newTemp(t testing.TB) (*Library, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "media")
	l, err := New(dir)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return l, dir
}

// files lists dir, so tests can see that refusals leave nothing behind.
func files(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestSaveAccepts(t *testing.T) {
	l, dir := newTemp(t)
	padded := append(encodePNG(t, 4, 4), make([]byte, MaxBytes)...)[:MaxBytes]
	tests := []struct {
		name string
		data []byte
		ext  string
	}{
		{"png", encodePNG(t, 64, 48), "png"},
		{"png at max side", encodePNG(t, MaxSide, 1), "png"},
		{"png exactly MaxBytes", padded, "png"},
		{"jpeg", encodeJPEG(t, 64, 48), "jpg"},
		{"gif", encodeGIF(t, 64, 48), "gif"},
		{"webp lossy", webpSample(t, "lossy.webp"), "webp"},
		{"webp lossless", webpSample(t, "lossless.webp"), "webp"},
		{"webp extended", webpSample(t, "alpha.webp"), "webp"},
		{"mp4", mp4File("isom", "iso2", "avc1", "mp41"), "mp4"},
		{"mp4 compatible brand", mp4File("XAVC", "mp42"), "mp4"},
		{"webm", webmFile("webm"), "webm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, err := l.Save(bytes.NewReader(tt.data))
			if err != nil {
				t.Fatalf("Save: %v", err)
			}
			if !content.ValidMediaURL(url) || !strings.HasSuffix(url, "."+tt.ext) {
				t.Fatalf("Save = %q; want a media URL ending .%s", url, tt.ext)
			}
			got, err := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(url, content.MediaPrefix)))
			if err != nil || !bytes.Equal(got, tt.data) {
				t.Errorf("stored file differs from upload (err %v)", err)
			}
		})
	}
	for _, name := range files(t, dir) {
		if strings.HasPrefix(name, ".") {
			t.Errorf("temporary file %s left behind", name)
		}
	}
}

func TestSaveRefuses(t *testing.T) {
	l, dir := newTemp(t)
	webpTruncated := webpLossless(10, 10)
	webpTruncated = webpTruncated[:len(webpTruncated)-2]
	tests := []struct {
		name    string
		data    []byte
		want    error
		message string // a substring of the staff-facing message, if any
	}{
		{"empty", nil, ErrUnsupportedType, "empty"},
		{"html named png", []byte("<!DOCTYPE html><html><script>alert(1)</script></html>"), ErrUnsupportedType, "not allowed"},
		{"svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), ErrUnsupportedType, ""},
		{"pdf", []byte("%PDF-1.7\n"), ErrUnsupportedType, ""},
		{"png signature only", []byte("\x89PNG\r\n\x1a\n<html>"), ErrUnsupportedType, "not a valid PNG image"},
		{"png bad crc", append(pngHeader(10, 10)[:29], 0, 0, 0, 0), ErrUnsupportedType, "not a valid PNG"},
		{"jpeg header only", []byte("\xff\xd8\xff\xe0garbage"), ErrUnsupportedType, "not a valid JPEG"},
		{"gif header only", []byte("GIF89a"), ErrUnsupportedType, "not a valid GIF"},
		{"webp truncated", webpTruncated, ErrUnsupportedType, "not a valid WebP"},
		{"webp unknown chunk", riff("ABCD", []byte{1, 2, 3, 4}), ErrUnsupportedType, ""},
		{"heic is not mp4", mp4File("heic", "mif1", "heic"), ErrUnsupportedType, ""},
		{"matroska is not webm", webmFile("matroska"), ErrUnsupportedType, ""},
		{"png bomb", pngHeader(100000, 100000), ErrImageTooLarge, "100000×100000"},
		{"png too wide", pngHeader(MaxSide+1, 1), ErrImageTooLarge, ""},
		{"png too many pixels", pngHeader(7000, 7000), ErrImageTooLarge, ""},
		{"webp bomb", webpExtended(16384, 16384), ErrImageTooLarge, ""},
		{"webp lossless too wide", webpLossless(10000, 10), ErrImageTooLarge, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, err := l.Save(bytes.NewReader(tt.data))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Save = %q, %v; want %v", url, err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.message) {
				t.Errorf("message %q; want it to contain %q", err, tt.message)
			}
		})
	}
	if left := files(t, dir); len(left) != 0 {
		t.Errorf("refused uploads left %v", left)
	}
}

// endless is an io.Reader of zeros after a PNG signature that never ends
// and counts what was read from it.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 0
	}
	if e.n == 0 && len(p) >= 8 {
		copy(p, "\x89PNG\r\n\x1a\n")
	}
	e.n += int64(len(p))
	return len(p), nil
}

func TestSaveTooLarge(t *testing.T) {
	l, dir := newTemp(t)
	r := &endless{}
	url, err := l.Save(r)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Save = %q, %v; want ErrTooLarge", url, err)
	}
	if r.n > MaxBytes+1 {
		t.Errorf("read %d bytes; want at most %d", r.n, MaxBytes+1)
	}
	if left := files(t, dir); len(left) != 0 {
		t.Errorf("refused upload left %v", left)
	}
}

func TestSaveDedupes(t *testing.T) {
	l, dir := newTemp(t)
	data := encodePNG(t, 32, 32)
	first, err := l.Save(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	second, err := l.Save(io.MultiReader(bytes.NewReader(data[:10]), bytes.NewReader(data[10:])))
	if err != nil {
		t.Fatal(err)
	}
	if first != second {
		t.Errorf("same bytes saved as %q and %q", first, second)
	}
	if got := files(t, dir); len(got) != 1 {
		t.Errorf("directory holds %v; want one file", got)
	}
}
