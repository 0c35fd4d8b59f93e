package media

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storecast/app/content"
)

// FuzzSave checks that no input makes Save panic, that every refusal is one
// of the documented sentinels, and that a success returns a valid media URL
// whose file holds exactly the input.
func FuzzSave(f *testing.F) {
	f.Add(encodePNG(f, 3, 2))
	f.Add(encodeJPEG(f, 3, 2))
	f.Add(encodeGIF(f, 3, 2))
	f.Add(pngHeader(100000, 100000))
	f.Add(webpLossless(5, 5))
	f.Add(webpExtended(5, 5))
	f.Add(webpSample(f, "lossy.webp"))
	f.Add(webpSample(f, "alpha.webp"))
	f.Add(mp4File("isom"))
	f.Add(webmFile("webm"))
	f.Add([]byte("<html>"))
	l, dir := newTemp(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			t.Skip("bounded input")
		}
		url, err := l.Save(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrUnsupportedType) && !errors.Is(err, ErrImageTooLarge) {
				t.Fatalf("Save error %v is not a refusal sentinel", err)
			}
			return
		}
		if !content.ValidMediaURL(url) {
			t.Fatalf("Save = %q; not a valid media URL", url)
		}
		got, err := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(url, content.MediaPrefix)))
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("stored file differs from input (err %v)", err)
		}
	})
}
