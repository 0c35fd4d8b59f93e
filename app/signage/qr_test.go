package signage

import (
	"strings"
	"testing"

	"storecast/app/qr"
	"storecast/app/qr/qrtest"
)

// A phone reads the claim URL back from the QR code the screen draws.
func TestQRCodeReadsBack(t *testing.T) {
	for _, url := range []string{
		"http://127.0.0.1:8080/claim/3f2a9c?lang=en",
		"https://store-042.example.com/claim/0123456789abcdef0123456789abcdef?lang=zh-Hant",
	} {
		c, err := qr.Encode(url)
		if err != nil {
			t.Fatalf("qr.Encode(%q): %v", url, err)
		}
		if got := qrtest.Read(c.Size, c.Black, 6); got != url {
			t.Fatalf("QR says %q; want %q", got, url)
		}
		svg := qrSVG(url, `Claim "10% off"`)
		if !strings.HasPrefix(svg, `<svg class="sc-qr"`) || !strings.Contains(svg, `aria-label="Claim &#34;10% off&#34;"`) {
			t.Fatalf("qrSVG = %.120s…; want an SVG labelled with the escaped text", svg)
		}
	}
}
