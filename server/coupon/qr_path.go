package coupon

import (
	"strconv"
	"strings"
)

// QRPath returns url's QR code as the data of one SVG path, in modules
// (the quiet zone included in size): each run of dark modules in a row is
// one rectangle. A page that draws it inline has its QR code in its first
// paint, with no request of its own, and sharp at any size.
func QRPath(url string) (size int, d string, err error) {
	bm, err := Symbol(url)
	if err != nil {
		return 0, "", err
	}
	var b strings.Builder
	for y, row := range bm {
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			n := 1
			for x+n < len(row) && row[x+n] {
				n++
			}
			b.WriteString("M" + strconv.Itoa(x) + " " + strconv.Itoa(y) + "h" + strconv.Itoa(n) + "v1h-" + strconv.Itoa(n) + "z")
			x += n
		}
	}
	return len(bm), b.String(), nil
}
