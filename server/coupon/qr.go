package coupon

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"

	qrcode "github.com/skip2/go-qrcode"

	"storecast/app/qr"
)

// QRSize is the most pixels the PNG's side has: drawn at about 300 CSS px
// on a kiosk, a phone reads it from 50 cm.
const QRSize = 512

// levels are the error correction levels QR tries, best first. Medium
// leaves room for glare on the glass without making the modules too
// small; the others only change the modules when Medium's hold a finder
// look-alike.
var levels = []qrcode.RecoveryLevel{qrcode.Medium, qrcode.High, qrcode.Highest, qrcode.Low}

// QR returns a PNG of url (Symbol's modules).
func QR(url string) ([]byte, error) {
	bm, err := Symbol(url)
	if err != nil {
		return nil, err
	}
	return draw(bm)
}

// Symbol returns the modules of url's QR code, quiet zone included, dark
// where true. About one symbol in five holds a look-alike of the finder
// pattern that can hide a real corner from ZXing-based scanners (one in
// a hundred does not scan), and go-qrcode's mask choice does not look for
// it, so Symbol takes the first level whose symbol holds none.
func Symbol(url string) ([][]bool, error) {
	var first [][]bool
	for _, l := range levels {
		q, err := qrcode.New(url, l)
		if err != nil && first == nil {
			return nil, fmt.Errorf("coupon: qr: %w", err)
		}
		if err != nil {
			continue // too long for this level's capacity; Medium's holds
		}
		bm := q.Bitmap()
		if !lookAlike(bm) {
			return bm, nil
		}
		if first == nil {
			first = bm
		}
	}
	// Every level has one (odds near 1 in 600); most such codes still scan.
	return first, nil
}

// border is go-qrcode's quiet zone, in modules.
const border = 4

// lookAlike reports whether a go-qrcode bitmap, quiet zone included,
// holds a finder look-alike (qr.FalseFinder).
func lookAlike(bm [][]bool) bool {
	return qr.FalseFinder(len(bm)-2*border, func(x, y int) bool { return bm[y+border][x+border] })
}

// draw makes the PNG of a bitmap, quiet zone included, at the most whole
// pixels a module that fit QRSize, as decoders expect. It draws the bitmap
// it has: go-qrcode's own PNG would encode the symbol again, trying all
// eight masks.
func draw(bm [][]bool) ([]byte, error) {
	scale := max(1, QRSize/len(bm))
	side := len(bm) * scale
	img := image.NewPaletted(image.Rect(0, 0, side, side), color.Palette{color.White, color.Black})
	for y := range side {
		row := bm[y/scale]
		for x := range side {
			if row[x/scale] {
				img.Pix[y*img.Stride+x] = 1
			}
		}
	}
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, img); err != nil {
		return nil, fmt.Errorf("coupon: qr: %w", err)
	}
	return b.Bytes(), nil
}
