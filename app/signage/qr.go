package signage

import (
	"html"
	"strconv"
	"strings"

	"storecast/app/qr"
)

// qrSVG draws text's QR code as an SVG: one path of dark modules, crisp at
// any size, with the quiet zone around it. label names it for screen
// readers.
func qrSVG(text, label string) string {
	c, err := qr.Encode(text)
	if err != nil {
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
			d.WriteString("M" + strconv.Itoa(x+qr.Quiet) + " " + strconv.Itoa(y+qr.Quiet) + "h" + strconv.Itoa(run) + "v1h-" + strconv.Itoa(run) + "z")
			x += run
		}
	}
	n := strconv.Itoa(c.Size + 2*qr.Quiet)
	return `<svg class="sc-qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + n + ` ` + n +
		`" role="img" aria-label="` + html.EscapeString(label) + `" shape-rendering="crispEdges">` +
		`<rect width="` + n + `" height="` + n + `" fill="#fff"/><path fill="#000" d="` + d.String() + `"/></svg>`
}
