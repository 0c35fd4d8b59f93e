//go:build ignore

// Draws the app icon (web/icons) and the demo store's logo as PNGs, so
// they are reproducible from source (the demo pictures are SVGs,
// rasterized by rasterize.go):
//
//	cd assets && go run draw.go && mv icon-*.png ../web/icons/ && mv logo.png demo/

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

func main() {
	render("icon-192.png", 192, icon)
	render("icon-512.png", 512, icon)
	render("logo.png", 256, logo)
}
