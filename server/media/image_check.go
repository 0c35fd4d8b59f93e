package media

import (
	"bufio"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/webp"
)

// imageNames names formats in staff-facing messages.
var imageNames = map[string]string{"png": "PNG", "jpg": "JPEG", "gif": "GIF", "webp": "WebP"}

// checkImage refuses the image in r (size bytes of type ext) unless it is
// within the limits and decodes in full. The limits are read from the
// header first, so a small file that would decode to gigabytes of pixels
// is refused without decoding it; then the whole image is decoded
// (decodeImage), so a file cut short or damaged after its header is
// refused instead of showing half a picture on a screen. Videos pass
// unchecked: browsers decode them in a sandboxed media pipeline with their
// own limits.
func (l *Library) checkImage(r io.ReaderAt, ext string, size int64) error {
	read := func() *bufio.Reader { return bufio.NewReader(io.NewSectionReader(r, 0, size)) }
	var (
		cfg image.Config
		err error
	)
	switch ext {
	case "png":
		cfg, err = png.DecodeConfig(read())
	case "jpg":
		cfg, err = jpeg.DecodeConfig(read())
	case "gif":
		cfg, err = gif.DecodeConfig(read())
	case "webp":
		if animatedWebP(read()) {
			return reject(ErrUnsupportedType, "animated WebP images are not supported; upload a GIF or a video")
		}
		cfg, err = webp.DecodeConfig(read())
	default:
		return nil
	}
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return reject(ErrUnsupportedType, "the file is not a valid %s image", imageNames[ext])
	}
	w, h := int64(cfg.Width), int64(cfg.Height)
	if w > MaxSide || h > MaxSide || w*h > MaxPixels {
		return reject(ErrImageTooLarge,
			"the image is %d×%d pixels; the limit is %d pixels on a side and %d megapixels in all",
			w, h, MaxSide, MaxPixels/1_000_000)
	}
	if err := l.decodeImage(read, ext); err != nil {
		return reject(ErrUnsupportedType, "the file is not a valid %s image: it is cut short or damaged", imageNames[ext])
	}
	return nil
}

// animatedWebP reports whether a WebP file's extended header (VP8X) sets
// the animation flag: the decoder reads still images only.
func animatedWebP(r io.Reader) bool {
	var h [21]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return false
	}
	const animation = 1 << 1
	return string(h[12:16]) == "VP8X" && h[20]&animation != 0
}
