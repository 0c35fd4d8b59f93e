//go:build ignore

// Draws the app icon (web/icons) and the demo product pictures
// (assets/demo) as PNGs, so both are reproducible from source:
//
//	cd assets && go run draw.go && mv icon-*.png ../web/icons/ && mv *.png demo/

package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

type shape func(x, y float64) color.Color // coords in 0..1

func render(path string, size int, f shape) {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 3
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					c := f((float64(x)+(float64(sx)+0.5)/ss)/float64(size), (float64(y)+(float64(sy)+0.5)/ss)/float64(size))
					if c == nil {
						continue
					}
					cr, cg, cb, ca := c.RGBA()
					r += float64(cr)
					g += float64(cg)
					b += float64(cb)
					a += float64(ca)
				}
			}
			n := float64(ss * ss)
			if a == 0 {
				continue
			}
			img.Set(x, y, color.NRGBA64{uint16(r / a * 65535), uint16(g / a * 65535), uint16(b / a * 65535), uint16(a / n)})
		}
	}
	out, _ := os.Create(path)
	png.Encode(out, img)
	out.Close()
}

func inRound(x, y, x0, y0, x1, y1, r float64) bool {
	if x < x0 || x > x1 || y < y0 || y > y1 {
		return false
	}
	cx := math.Max(x0+r, math.Min(x, x1-r))
	cy := math.Max(y0+r, math.Min(y, y1-r))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
}

func circle(x, y, cx, cy, r float64) bool { return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r }

var (
	green  = color.NRGBA{0x0b, 0x5d, 0x3b, 255}
	white  = color.NRGBA{255, 255, 255, 255}
	orange = color.NRGBA{0xff, 0x8a, 0x00, 255}
)

func icon(x, y float64) color.Color {
	if !inRound(x, y, 0, 0, 1, 1, 0.18) {
		return nil
	}
	if circle(x, y, 0.74, 0.30, 0.07) {
		return orange
	}
	if inRound(x, y, 0.18, 0.24, 0.82, 0.66, 0.05) && !inRound(x, y, 0.24, 0.30, 0.76, 0.60, 0.02) {
		return white
	}
	if inRound(x, y, 0.30, 0.38, 0.58, 0.44, 0.02) || inRound(x, y, 0.30, 0.48, 0.50, 0.53, 0.02) {
		return white
	}
	if inRound(x, y, 0.46, 0.66, 0.54, 0.76, 0) || inRound(x, y, 0.34, 0.75, 0.66, 0.80, 0.02) {
		return white
	}
	return green
}

// logo is the demo store's: an orange with a leaf on a white disc, which
// stands out on any brand colour.
func logo(x, y float64) color.Color {
	if !circle(x, y, 0.5, 0.5, 0.5) {
		return nil
	}
	dx, dy := x-0.62, y-0.24
	if dx*dx/0.02+dy*dy/0.004 <= 1 && math.Abs(dy+dx*0.6) < 0.08 {
		return color.NRGBA{0x2b, 0x8a, 0x3e, 255}
	}
	if circle(x, y, 0.5, 0.56, 0.3) {
		if circle(x, y, 0.4, 0.46, 0.06) {
			return color.NRGBA{0xff, 0xc0, 0x78, 255}
		}
		return color.NRGBA{0xf0, 0x8c, 0x00, 255}
	}
	if x > 0.48 && x < 0.53 && y > 0.18 && y < 0.3 {
		return color.NRGBA{0x6b, 0x3e, 0x12, 255}
	}
	return white
}

func bg(c color.NRGBA) shape {
	return func(x, y float64) color.Color { return c }
}

func demo(path string, back color.NRGBA, fg func(x, y float64) color.Color) {
	render(path, 480, func(x, y float64) color.Color {
		if c := fg(x, y); c != nil {
			return c
		}
		return back
	})
}

func main() {
	render("icon-192.png", 192, icon)
	render("icon-512.png", 512, icon)
	render("logo.png", 256, logo)
	red := color.NRGBA{0xd3, 0x1f, 0x3a, 255}
	leaf := color.NRGBA{0x2e, 0x8b, 0x2e, 255}
	seed := color.NRGBA{0xff, 0xe0, 0x8a, 255}
	demo("strawberries.png", color.NRGBA{0xff, 0xf1, 0xf0, 255}, func(x, y float64) color.Color {
		for _, b := range [][2]float64{{0.35, 0.55}, {0.62, 0.6}, {0.48, 0.38}} {
			dx, dy := x-b[0], y-b[1]
			if dy < -0.11 && dy > -0.17 && math.Abs(dx) < 0.09 {
				return leaf
			}
			if dx*dx/0.018+dy*dy/0.025 <= 1 && dy > -0.12 {
				if math.Mod(x*40, 3) < 0.5 && math.Mod(y*40, 3) < 0.5 {
					return seed
				}
				return red
			}
		}
		return nil
	})
	blue := color.NRGBA{0x1e, 0x5a, 0xa8, 255}
	demo("milk.png", color.NRGBA{0xe8, 0xf1, 0xff, 255}, func(x, y float64) color.Color {
		if x > 0.32 && x < 0.68 && y > 0.35 && y < 0.85 {
			if y > 0.55 && y < 0.68 {
				return blue
			}
			return white
		}
		if y > 0.2 && y <= 0.35 && math.Abs(x-0.5) < 0.18*(y-0.2)/0.15+0.0001 {
			return color.NRGBA{0xdd, 0xdd, 0xdd, 255}
		}
		return nil
	})
	demo("rice.png", color.NRGBA{0xf7, 0xf3, 0xe3, 255}, func(x, y float64) color.Color {
		if inRound(x, y, 0.25, 0.25, 0.75, 0.85, 0.08) {
			if y > 0.45 && y < 0.62 {
				return color.NRGBA{0xb2, 0x22, 0x22, 255}
			}
			return color.NRGBA{0xd9, 0xc2, 0x8c, 255}
		}
		return nil
	})
	demo("towels.png", color.NRGBA{0xef, 0xf7, 0xf2, 255}, func(x, y float64) color.Color {
		for _, cx := range []float64{0.3, 0.7} {
			if circle(x, y, cx, 0.5, 0.06) {
				return color.NRGBA{0x99, 0x99, 0x99, 255}
			}
			if circle(x, y, cx, 0.5, 0.17) {
				return white
			}
			if x > cx-0.17 && x < cx+0.17 && y > 0.5 && y < 0.8 {
				return color.NRGBA{0xf4, 0xf4, 0xf4, 255}
			}
		}
		return nil
	})
}
