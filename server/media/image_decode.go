package media

import (
	"bufio"
	"errors"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/webp"
)

// decodeImage decodes the whole image of type ext that read returns, once
// checkImage has bounded its size. A decoded image of MaxPixels takes up
// to 320 MB (16-bit RGBA), so the Library decodes one at a time.
func (l *Library) decodeImage(read func() *bufio.Reader, ext string) error {
	l.decoding <- struct{}{}
	defer func() { <-l.decoding }()
	var err error
	switch ext {
	case "png":
		_, err = png.Decode(read())
	case "jpg":
		_, err = jpeg.Decode(read())
	case "gif":
		// Decoding every frame would hold them all at once (an animated
		// GIF of 10 MB can unpack to gigabytes): the first is decoded,
		// and every block of the rest is read to the trailer.
		if _, err = gif.Decode(read()); err == nil {
			err = gifBlocks(read())
		}
	case "webp":
		_, err = webp.Decode(read())
	}
	return err
}

var errGIFBlock = errors.New("media: gif: unknown block")

// gifBlocks reads a GIF's block structure (GIF89a, section 17 on) to its
// trailer without decoding pixels: every extension and image and each of
// their sub-blocks must be complete.
func gifBlocks(r *bufio.Reader) error {
	var screen [13]byte // header and logical screen descriptor
	if _, err := io.ReadFull(r, screen[:]); err != nil {
		return err
	}
	if err := skipColorTable(r, screen[10]); err != nil {
		return err
	}
	for {
		b, err := r.ReadByte()
		if err != nil {
			return err
		}
		switch b {
		case 0x3B: // trailer
			return nil
		case 0x21: // extension: a label, then sub-blocks
			if _, err := r.ReadByte(); err != nil {
				return err
			}
		case 0x2C: // image: a descriptor, a color table, the LZW code size
			var desc [9]byte
			if _, err := io.ReadFull(r, desc[:]); err != nil {
				return err
			}
			if err := skipColorTable(r, desc[8]); err != nil {
				return err
			}
			if _, err := r.ReadByte(); err != nil {
				return err
			}
		default:
			return errGIFBlock
		}
		if err := skipSubBlocks(r); err != nil {
			return err
		}
	}
}

// skipColorTable skips the color table that packed fields announce.
func skipColorTable(r *bufio.Reader, packed byte) error {
	if packed&0x80 == 0 {
		return nil
	}
	return discard(r, 3<<(packed&0x07+1))
}

// skipSubBlocks skips data sub-blocks up to their zero-length terminator.
func skipSubBlocks(r *bufio.Reader) error {
	for {
		n, err := r.ReadByte()
		if err != nil || n == 0 {
			return err
		}
		if err := discard(r, int(n)); err != nil {
			return err
		}
	}
}

func discard(r *bufio.Reader, n int) error {
	if _, err := r.Discard(n); err != nil {
		return io.ErrUnexpectedEOF
	}
	return nil
}
