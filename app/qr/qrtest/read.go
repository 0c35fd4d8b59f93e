// Package qrtest reads QR symbols back for tests, with ZXing's decoder
// (gozxing), the one phone scanners are built on.
package qrtest

import (
	"image"
	"image/color"

	"github.com/makiuchi-d/gozxing"
	gzqr "github.com/makiuchi-d/gozxing/qrcode"

	"storecast/app/qr"
)

// Read draws the size×size symbol at scale pixels a module with its quiet
// zone, as a screen shows it, and returns what ZXing reads from it, or ""
// when it reads nothing.
func Read(size int, dark func(x, y int) bool, scale int) string {
	side := (size + 2*qr.Quiet) * scale
	img := image.NewGray(image.Rect(0, 0, side, side))
	for y := range side {
		for x := range side {
			mx, my := x/scale-qr.Quiet, y/scale-qr.Quiet
			v := color.Gray{255}
			if mx >= 0 && my >= 0 && mx < size && my < size && dark(mx, my) {
				v = color.Gray{0}
			}
			img.SetGray(x, y, v)
		}
	}
	text, _ := ReadImage(img)
	return text
}

// ReadImage returns what ZXing reads from an image of a QR code, or its
// error when it reads nothing.
func ReadImage(img image.Image) (string, error) {
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return "", err
	}
	res, err := gzqr.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		return "", err
	}
	return res.GetText(), nil
}
