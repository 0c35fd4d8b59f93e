package media

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

// Sample files for the tests: real encodings from the standard library, and
// hand-made headers for formats it cannot write.

func testImage(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, x%h, color.RGBA{R: uint8(x), G: 128, B: 255, A: 255})
	}
	return img
}

func encodePNG(t testing.TB, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, testImage(w, h)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodeJPEG(t testing.TB, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, testImage(w, h), nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodeGIF(t testing.TB, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := gif.Encode(&b, testImage(w, h), nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pngHeader is a PNG signature and IHDR chunk (with a correct CRC) claiming
// w×h pixels, and no pixel data: a decompression bomb's opening.
func pngHeader(w, h uint32) []byte {
	ihdr := binary.BigEndian.AppendUint32([]byte("IHDR"), w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, 8, 2, 0, 0, 0) // 8-bit RGB
	b := []byte("\x89PNG\r\n\x1a\n")
	b = binary.BigEndian.AppendUint32(b, 13)
	b = append(b, ihdr...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(ihdr))
}

// riff wraps one chunk in a RIFF/WEBP container, padding it to even length.
func riff(fourCC string, data []byte) []byte {
	chunk := binary.LittleEndian.AppendUint32([]byte(fourCC), uint32(len(data)))
	chunk = append(chunk, data...)
	if len(data)%2 == 1 {
		chunk = append(chunk, 0)
	}
	b := binary.LittleEndian.AppendUint32([]byte("RIFF"), uint32(4+len(chunk)))
	return append(append(b, "WEBP"...), chunk...)
}

// webpLossless is a VP8L header for a w×h image (no pixel data needed).
func webpLossless(w, h uint32) []byte {
	return riff("VP8L", binary.LittleEndian.AppendUint32([]byte{0x2f}, (w-1)|(h-1)<<14))
}

// webpExtended is a VP8X header for a w×h canvas.
func webpExtended(w, h uint32) []byte {
	d := []byte{0, 0, 0, 0}
	d = append(d, byte(w-1), byte((w-1)>>8), byte((w-1)>>16))
	d = append(d, byte(h-1), byte((h-1)>>8), byte((h-1)>>16))
	return riff("VP8X", d)
}

// mp4File is an ftyp box with the first brand as major brand and all of
// them as compatible brands, then an empty mdat.
func mp4File(brands ...string) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(16+4*len(brands)))
	b = append(b, "ftyp"+brands[0]+"\x00\x00\x02\x00"+strings.Join(brands, "")...)
	return append(b, "\x00\x00\x00\x08mdat"...)
}

// webmFile is an EBML header with DocType docType, then a Segment ID.
func webmFile(docType string) []byte {
	body := []byte{0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81, 0x04, 0x42, 0xF3, 0x81, 0x08}
	body = append(body, 0x42, 0x82, byte(0x80|len(docType)))
	body = append(body, docType...)
	body = append(body, 0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02)
	b := append([]byte{0x1A, 0x45, 0xDF, 0xA3, byte(0x80 | len(body))}, body...)
	return append(b, 0x18, 0x53, 0x80, 0x67)
}
