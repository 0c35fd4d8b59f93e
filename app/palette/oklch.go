package palette

import "math"

// lch is a colour in OKLCH: perceived lightness 0…1, chroma, hue in
// radians. Moving only l keeps the hue a person sees.
type lch struct{ l, c, h float64 }

func toLCH(c Color) lch {
	r, g, b := linear(c.R), linear(c.G), linear(c.B)
	l := math.Cbrt(0.4122214708*r + 0.5363325363*g + 0.0514459929*b)
	m := math.Cbrt(0.2119034982*r + 0.6806995451*g + 0.1073969566*b)
	s := math.Cbrt(0.0883024619*r + 0.2817188376*g + 0.6299787005*b)
	L := 0.2104542553*l + 0.7936177850*m - 0.0040720468*s
	A := 1.9779984951*l - 2.4285922050*m + 0.4505937099*s
	B := 0.0259040371*l + 0.7827717662*m - 0.8086757660*s
	return lch{L, math.Hypot(A, B), math.Atan2(B, A)}
}

// rgb returns the linear sRGB channels of p, which may lie outside 0…1
// when p is outside the sRGB gamut.
func (p lch) rgb() (r, g, b float64) {
	A, B := p.c*math.Cos(p.h), p.c*math.Sin(p.h)
	l := cube(p.l + 0.3963377774*A + 0.2158037573*B)
	m := cube(p.l - 0.1055613458*A - 0.0638541728*B)
	s := cube(p.l - 0.0894841775*A - 1.2914855480*B)
	return 4.0767416621*l - 3.3077118913*m + 0.2309699292*s,
		-1.2684380046*l + 2.6097574011*m - 0.3413193965*s,
		-0.0041960863*l - 0.7034186147*m + 1.7076147010*s
}

func cube(x float64) float64 { return x * x * x }

// inGamut reports whether p is an sRGB colour (with a rounding margin).
func (p lch) inGamut() bool {
	r, g, b := p.rgb()
	const e = 1e-4
	return r >= -e && r <= 1+e && g >= -e && g <= 1+e && b >= -e && b <= 1+e
}

// color returns p as an 8-bit sRGB colour. Out of the gamut, chroma is
// lowered until it fits (by bisection), so the hue and lightness stay.
func (p lch) color() Color {
	if !p.inGamut() {
		lo, hi := 0.0, p.c
		for range 24 {
			mid := (lo + hi) / 2
			if (lch{p.l, mid, p.h}).inGamut() {
				lo = mid
			} else {
				hi = mid
			}
		}
		p.c = lo
	}
	r, g, b := p.rgb()
	return Color{encode(r), encode(g), encode(b)}
}

// encode applies the sRGB transfer curve and rounds to 8 bits.
func encode(v float64) uint8 {
	v = min(max(v, 0), 1)
	if v <= 0.0031308 {
		v *= 12.92
	} else {
		v = 1.055*math.Pow(v, 1/2.4) - 0.055
	}
	return uint8(math.Round(v * 255))
}
