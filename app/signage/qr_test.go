package signage

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gzqr "github.com/makiuchi-d/gozxing/qrcode"
)

// A phone reads the claim URL back from the QR code the screen draws.
func TestQRCodeReadsBack(t *testing.T) {
	for _, url := range []string{
		"http://127.0.0.1:8080/claim/3f2a9c?lang=en",
		"https://store-042.example.com/claim/0123456789abcdef0123456789abcdef?lang=zh-Hant",
	} {
		c, ok := qrBits(url)
		if !ok {
			t.Fatalf("qrBits(%q) failed", url)
		}
		const scale = 6
		side := (c.Size + 2*quiet) * scale
		img := image.NewGray(image.Rect(0, 0, side, side))
		for y := range side {
			for x := range side {
				mx, my := x/scale-quiet, y/scale-quiet
				v := color.Gray{255}
				if mx >= 0 && my >= 0 && mx < c.Size && my < c.Size && c.Black(mx, my) {
					v = color.Gray{0}
				}
				img.SetGray(x, y, v)
			}
		}
		bmp, err := gozxing.NewBinaryBitmapFromImage(img)
		if err != nil {
			t.Fatal(err)
		}
		res, err := gzqr.NewQRCodeReader().Decode(bmp, nil)
		if err != nil {
			t.Fatalf("decode %q: %v", url, err)
		}
		if res.GetText() != url {
			t.Fatalf("QR says %q; want %q", res.GetText(), url)
		}
		svg := qrSVG(url, `Claim "10% off"`)
		if !strings.HasPrefix(svg, `<svg class="sc-qr"`) || !strings.Contains(svg, `aria-label="Claim &#34;10% off&#34;"`) {
			t.Fatalf("qrSVG = %.120s…; want an SVG labelled with the escaped text", svg)
		}
	}
}
