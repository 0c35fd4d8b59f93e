package media

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestSaveStill: a logo passes every check Save makes, and only still
// pictures do.
func TestSaveStill(t *testing.T) {
	l, dir := newTemp(t)
	for _, tc := range []struct {
		name string
		data []byte
		want error // nil: kept, with this extension
		ext  string
	}{
		{"png", encodePNG(t, 64, 48), nil, ".png"},
		{"jpeg", encodeJPEG(t, 64, 48), nil, ".jpg"},
		{"webp", webpSample(t, "lossless.webp"), nil, ".webp"},
		{"gif", encodeGIF(t, 64, 48), ErrUnsupportedType, ""},
		{"mp4", mp4File("isom", "mp41"), ErrUnsupportedType, ""},
		{"svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), ErrUnsupportedType, ""},
		{"html", []byte("<!DOCTYPE html><html><script>alert(1)</script></html>"), ErrUnsupportedType, ""},
		{"png bomb", pngHeader(100000, 100000), ErrImageTooLarge, ""},
		{"too large", append(encodePNG(t, 4, 4), make([]byte, MaxBytes)...), ErrTooLarge, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			url, err := l.SaveStill(bytes.NewReader(tc.data))
			switch {
			case tc.want == nil && (err != nil || !strings.HasSuffix(url, tc.ext)):
				t.Errorf("SaveStill = %q, %v; want a %s URL", url, err, tc.ext)
			case tc.want != nil && !errors.Is(err, tc.want):
				t.Errorf("SaveStill = %q, %v; want %v", url, err, tc.want)
			}
		})
	}
	if got := files(t, dir); len(got) != 3 {
		t.Errorf("files kept: %v; want the three still images only", got)
	}
}
