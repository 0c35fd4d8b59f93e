package coupon

import (
	"fmt"

	qrcode "github.com/skip2/go-qrcode"
)

// QRSize is the PNG's side in pixels: drawn at about 300 CSS px on a kiosk,
// a phone reads it from 50 cm. Medium error correction leaves room for
// glare on the glass without making the modules too small.
const QRSize = 512

// QR returns a PNG of url.
func QR(url string) ([]byte, error) {
	png, err := qrcode.Encode(url, qrcode.Medium, QRSize)
	if err != nil {
		return nil, fmt.Errorf("coupon: qr: %w", err)
	}
	return png, nil
}
