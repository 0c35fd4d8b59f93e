package signage

import (
	"html"
	"strconv"
	"strings"

	"rsc.io/qr/coding"

	"storecast/app/qr"
)

// quiet is the white border a QR reader needs around the code, in modules.
const quiet = 4

// qrBits encodes text as the smallest QR code that holds it, at error
// correction level M (room for glare on a screen), with the first mask
// whose modules hold no finder look-alike (see qr.FalseFinder).
// rsc.io/qr/coding is the encoder alone: the QR packages that also draw
// PNGs pull the image codecs into the wasm (over 100 KB compressed).
func qrBits(text string) (*coding.Code, bool) {
	enc := coding.String(text)
	for v := coding.Version(coding.MinVersion); v <= coding.MaxVersion; v++ {
		if enc.Bits(v) > v.DataBytes(coding.M)*8 {
			continue
		}
		var first *coding.Code
		for mask := range coding.Mask(8) {
			p, err := coding.NewPlan(v, coding.M, mask)
			if err != nil {
				return nil, false
			}
			c, err := p.Encode(enc)
			if err != nil {
				return nil, false
			}
			if !qr.FalseFinder(c.Size, c.Black) {
				return c, true
			}
			if first == nil {
				first = c
			}
		}
		return first, true // all eight masks have one: odds near 1 in 400,000
	}
	return nil, false
}

// qrSVG draws text's QR code as an SVG: one path of dark modules, crisp at
// any size, with the quiet zone around it. label names it for screen
// readers.
func qrSVG(text, label string) string {
	c, ok := qrBits(text)
	if !ok {
		return ""
	}
	var d strings.Builder
	for y := 0; y < c.Size; y++ {
		for x := 0; x < c.Size; {
			if !c.Black(x, y) {
				x++
				continue
			}
			run := 1
			for x+run < c.Size && c.Black(x+run, y) {
				run++
			}
			d.WriteString("M" + strconv.Itoa(x+quiet) + " " + strconv.Itoa(y+quiet) + "h" + strconv.Itoa(run) + "v1h-" + strconv.Itoa(run) + "z")
			x += run
		}
	}
	n := strconv.Itoa(c.Size + 2*quiet)
	return `<svg class="sc-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + n + ` ` + n +
		`" role="img" aria-label="` + html.EscapeString(label) + `" shape-rendering="crispEdges">` +
		`<rect width="` + n + `" height="` + n + `" fill="#fff"/><path fill="#000" d="` + d.String() + `"/></svg>`
}
