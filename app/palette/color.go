package palette

import (
	"errors"
	"fmt"
)

// Color is an sRGB colour with 8 bits a channel, as CSS writes #rrggbb.
type Color struct{ R, G, B uint8 }

// Common colours.
var (
	White = Color{255, 255, 255}
	Black = Color{0, 0, 0}
)

// ErrBadColor refuses a colour not written as #rrggbb.
var ErrBadColor = errors.New("palette: a colour is written #rrggbb")

// Parse reads "#rrggbb" (hex digits in either case). Nothing else is
// accepted, not even "#rgb" or a colour name: what is stored is what every
// screen and the tests read back.
func Parse(s string) (Color, error) {
	if len(s) != 7 || s[0] != '#' {
		return Color{}, fmt.Errorf("%w, not %q", ErrBadColor, s)
	}
	var v [3]uint8
	for i := range v {
		hi, ok1 := hexDigit(s[1+2*i])
		lo, ok2 := hexDigit(s[2+2*i])
		if !ok1 || !ok2 {
			return Color{}, fmt.Errorf("%w, not %q", ErrBadColor, s)
		}
		v[i] = hi<<4 | lo
	}
	return Color{v[0], v[1], v[2]}, nil
}

// MustParse is Parse for colours written in the code.
func MustParse(s string) Color {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

func hexDigit(b byte) (uint8, bool) {
	switch {
	case '0' <= b && b <= '9':
		return b - '0', true
	case 'a' <= b && b <= 'f':
		return b - 'a' + 10, true
	case 'A' <= b && b <= 'F':
		return b - 'A' + 10, true
	}
	return 0, false
}

// String writes the colour as CSS does: #rrggbb, lower case.
func (c Color) String() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
