package media

import (
	"bufio"
	"encoding/binary"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
)

// imageNames names formats in staff-facing messages.
var imageNames = map[string]string{"png": "PNG", "jpg": "JPEG", "gif": "GIF", "webp": "WebP"}

// checkImage reads only the header of the image in r (of size bytes, type
// ext) and refuses it if it is malformed or its dimensions are over the
// limits. Videos pass unchecked: browsers decode them in a sandboxed media
// pipeline with their own limits.
func checkImage(r io.Reader, ext string, size int64) error {
	var (
		cfg image.Config
		err error
	)
	switch ext {
	case "png":
		cfg, err = png.DecodeConfig(bufio.NewReader(r))
	case "jpg":
		cfg, err = jpeg.DecodeConfig(bufio.NewReader(r))
	case "gif":
		cfg, err = gif.DecodeConfig(bufio.NewReader(r))
	case "webp":
		cfg, err = webpConfig(r, size)
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
	return nil
}

// errWebP is internal: checkImage turns any error into a staff message.
type errWebP struct{}

func (errWebP) Error() string { return "bad webp header" }

// webpConfig reads a WebP file's canvas size from its RIFF header without
// an image/webp dependency: the first chunk is VP8X (extended), VP8L
// (lossless) or "VP8 " (lossy), each with the size at a fixed offset.
func webpConfig(r io.Reader, size int64) (image.Config, error) {
	var h [30]byte
	n, _ := io.ReadFull(r, h[:])
	b := h[:n]
	if n < 20 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WEBP" {
		return image.Config{}, errWebP{}
	}
	// The RIFF size counts everything after its own 8 bytes; a bigger
	// claim than the file means it was cut short.
	riff := int64(binary.LittleEndian.Uint32(b[4:8]))
	if riff < 12 || riff%2 != 0 || riff+8 > size {
		return image.Config{}, errWebP{}
	}
	var w, ht int
	switch fourCC := string(b[12:16]); {
	case fourCC == "VP8X" && n >= 30:
		w = 1 + int(uint32(b[24])|uint32(b[25])<<8|uint32(b[26])<<16)
		ht = 1 + int(uint32(b[27])|uint32(b[28])<<8|uint32(b[29])<<16)
	case fourCC == "VP8L" && n >= 25 && b[20] == 0x2f:
		bits := binary.LittleEndian.Uint32(b[21:25])
		w = 1 + int(bits&0x3fff)
		ht = 1 + int(bits>>14&0x3fff)
	case fourCC == "VP8 " && n >= 30 && string(b[23:26]) == "\x9d\x01\x2a":
		w = int(binary.LittleEndian.Uint16(b[26:28]) & 0x3fff)
		ht = int(binary.LittleEndian.Uint16(b[28:30]) & 0x3fff)
	default:
		return image.Config{}, errWebP{}
	}
	return image.Config{Width: w, Height: ht}, nil
}
