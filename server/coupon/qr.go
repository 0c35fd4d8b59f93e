package coupon

import (
	"fmt"

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

// QR returns a PNG of url. About one symbol in five holds a look-alike of
// the finder pattern that can hide a real corner from ZXing-based
// scanners (one in a hundred does not scan), and go-qrcode's mask choice
// does not look for it, so QR takes the first level whose symbol holds
// none. Every module is the same whole number of pixels, as decoders
// expect.
func QR(url string) ([]byte, error) {
	var first *qrcode.QRCode
	var firstSide int
	for _, l := range levels {
		q, err := qrcode.New(url, l)
		if err != nil && first == nil {
			return nil, fmt.Errorf("coupon: qr: %w", err)
		}
		if err != nil {
			continue // too long for this level's capacity; Medium's holds
		}
		bm := q.Bitmap()
		if first == nil {
			first, firstSide = q, len(bm)
		}
		if !qr.FalseFinder(len(bm)-2*border, func(x, y int) bool { return bm[y+border][x+border] }) {
			return png(q, len(bm))
		}
	}
	// Every level has one (odds near 1 in 600); most such codes still scan.
	return png(first, firstSide)
}

// border is go-qrcode's quiet zone, in modules.
const border = 4

// png draws q, side modules with its quiet zone, at the most whole pixels
// a module that fit QRSize.
func png(q *qrcode.QRCode, side int) ([]byte, error) {
	b, err := q.PNG(-max(1, QRSize/side)) // negative: pixels a module
	if err != nil {
		return nil, fmt.Errorf("coupon: qr: %w", err)
	}
	return b, nil
}
