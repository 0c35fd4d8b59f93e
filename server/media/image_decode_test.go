package media

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// webpSample reads a real WebP file from testdata. They were made with
// cwebp 1.2.4 from a 24×16 gradient: lossy.webp (`cwebp -q 80`, a VP8
// chunk), lossless.webp (`cwebp -lossless`, VP8L) and alpha.webp (`cwebp
// -q 80` of a translucent gradient: VP8X, ALPH and VP8).
func webpSample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// cut returns the first part of b, as an upload that stopped early.
func cut(b []byte, keep float64) []byte { return b[:int(float64(len(b))*keep)] }

// TestSaveRefusesDamagedImages: an image whose header is fine but whose
// pixels are cut short or damaged is refused, in every allowed image type,
// instead of reaching screens that would show half of it.
func TestSaveRefusesDamagedImages(t *testing.T) {
	l, dir := newTemp(t)
	pngFile := encodePNG(t, 64, 48)
	badCRC := bytes.Clone(pngFile)
	badCRC[len(badCRC)-20] ^= 0xff // inside the last IDAT chunk
	gifFile := encodeGIF(t, 64, 48)
	animated := webpExtended(24, 16)
	animated[20] |= 1 << 1
	tests := []struct {
		name string
		data []byte
	}{
		{"png cut in half", cut(pngFile, 0.5)},
		{"png without IEND", pngFile[:len(pngFile)-12]},
		{"png damaged data", badCRC},
		{"jpeg cut in half", cut(encodeJPEG(t, 64, 48), 0.5)},
		{"jpeg without EOI", cut(encodeJPEG(t, 64, 48), 0.95)},
		{"gif cut in half", cut(gifFile, 0.5)},
		{"gif without trailer", gifFile[:len(gifFile)-1]},
		{"webp lossy cut", cut(webpSample(t, "lossy.webp"), 0.7)},
		{"webp lossless cut", cut(webpSample(t, "lossless.webp"), 0.7)},
		{"webp alpha cut", cut(webpSample(t, "alpha.webp"), 0.7)},
		{"webp header only", webpLossless(24, 16)},
		{"webp animated", animated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, err := l.Save(bytes.NewReader(tt.data))
			if !errors.Is(err, ErrUnsupportedType) {
				t.Fatalf("Save = %q, %v; want ErrUnsupportedType", url, err)
			}
			if !strings.Contains(err.Error(), "not a valid") && !strings.Contains(err.Error(), "animated") {
				t.Errorf("message %q; want it to say the image is not valid", err)
			}
		})
	}
	if left := files(t, dir); len(left) != 0 {
		t.Errorf("refused uploads left %v", left)
	}
}
