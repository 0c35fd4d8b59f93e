package qr

// FalseFinder reports whether a QR symbol holds a look-alike of a finder
// pattern outside its three real ones, as ZXing's detector would find it:
// five runs, dark-light-dark-light-dark, in 1:1:3:1:1 proportion across,
// then down through the centre, then across again, and on the diagonal.
// ZXing, and the phone scanners built on it, stop looking once they have
// three such centres, so a look-alike above the bottom-left corner hides
// that corner and the code does not scan. dark reports a module of the
// size×size symbol, without its quiet zone.
func FalseFinder(size int, dark func(x, y int) bool) bool {
	for y := range size {
		for x := range size {
			if !dark(x, y) {
				continue
			}
			h, hc := runs(dark, size, x, y, 1, 0)
			if hc != 0 || !finderRatio(h, 2) { // one look per run, from its centre
				continue
			}
			v, vc := runs(dark, size, x, y, 0, 1)
			if !finderRatio(v, 2) || !alike(v, h) {
				continue
			}
			cy := y + vc
			h2, hc2 := runs(dark, size, x, cy, 1, 0)
			if !finderRatio(h2, 2) || !alike(h2, h) {
				continue
			}
			cx := x + hc2
			if inFinder(size, cx, cy) {
				continue
			}
			if diagonal(dark, size, cx, cy) {
				return true
			}
		}
	}
	return false
}

// diagonal reports whether the diagonal through module (x, y) crosses
// runs in finder proportions for any place a camera may put the centre in
// that module: ZXing walks the diagonal pixel by pixel, so which modules
// it meets depends on where in the module it starts. It looks at the
// symbol drawn at four pixels a module.
func diagonal(dark func(x, y int) bool, size, x, y int) bool {
	const px = 4
	pixel := func(i, j int) bool { return dark(i/px, j/px) }
	for ox := range px {
		for oy := range px {
			cx, cy := x*px+ox, y*px+oy
			r, _ := runs(pixel, size*px, cx, cy, 1, 1)
			if finderRatio(r, 1.333) {
				return true
			}
		}
	}
	return false
}

// inFinder reports whether a module is inside one of the three finder
// patterns.
func inFinder(size, x, y int) bool {
	near := func(v int) bool { return v < 7 }
	far := func(v int) bool { return v >= size-7 }
	return near(x) && near(y) || far(x) && near(y) || near(x) && far(y)
}

// runs measures the five runs, dark-light-dark-light-dark, around the dark
// run through (x, y) along (dx, dy) in an n×n grid, and how far the centre
// of the middle run is from (x, y). Past the grid is the light quiet zone,
// so a dark run that would lie there has zero length: no pattern.
func runs(dark func(x, y int) bool, n, x, y, dx, dy int) (r [5]int, centre int) {
	count := func(from, step int, want bool) int {
		c := 0
		for k := from; ; k += step {
			px, py := x+k*dx, y+k*dy
			if px < 0 || py < 0 || px >= n || py >= n || dark(px, py) != want {
				return c
			}
			c++
		}
	}
	back, fwd := count(0, -1, true), count(1, 1, true)
	r[2] = back + fwd
	r[1] = count(-back, -1, false)
	r[0] = count(-back-r[1], -1, true)
	r[3] = count(1+fwd, 1, false)
	r[4] = count(1+fwd+r[3], 1, true)
	return r, 1 - back + r[2]/2
}

// alike is ZXing's check that a cross-check's runs have the extent of the
// first: outer runs no longer than the first's middle run, and a total
// within 40%.
func alike(r, first [5]int) bool {
	for _, i := range []int{0, 1, 3, 4} {
		if r[i] > first[2] {
			return false
		}
	}
	t, ft := total(r), total(first)
	d := t - ft
	if d < 0 {
		d = -d
	}
	return 5*d < 2*ft
}

func total(r [5]int) int { return r[0] + r[1] + r[2] + r[3] + r[4] }

// finderRatio is ZXing's test of five run lengths against 1:1:3:1:1: each
// within module/slack of its share (slack 2 across and down, 1.333 on the
// diagonal: ZXing's constant, not 4/3, which differs at the boundary).
// ZXing counts pixels; in modules the test is the same, since every
// module is drawn the same number of pixels wide.
func finderRatio(runs [5]int, slack float64) bool {
	for _, r := range runs {
		if r == 0 {
			return false
		}
	}
	module := float64(total(runs)) / 7
	v := module / slack
	within := func(r int, want, slack float64) bool {
		d := float64(r) - want
		return d < slack && -d < slack
	}
	return within(runs[0], module, v) && within(runs[1], module, v) &&
		within(runs[2], 3*module, 3*v) &&
		within(runs[3], module, v) && within(runs[4], module, v)
}
