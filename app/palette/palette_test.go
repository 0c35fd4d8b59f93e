package palette

import (
	"math"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Color
		ok   bool
	}{
		{"#ffff00", Color{255, 255, 0}, true},
		{"#0A0a0A", Color{10, 10, 10}, true},
		{"#fff", Color{}, false},
		{"ffff00", Color{}, false},
		{"#ffff0g", Color{}, false},
		{"#ffff000", Color{}, false},
		{"red", Color{}, false},
		{"", Color{}, false},
	} {
		got, err := Parse(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
	if got := MustParse("#0A0B0C").String(); got != "#0a0b0c" {
		t.Errorf("String() = %q; want %q", got, "#0a0b0c")
	}
}

// TestContrastKnownAnswers checks the ratio against values WCAG tools give.
func TestContrastKnownAnswers(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#ffffff", "#ffffff", 1},
		{"#777777", "#ffffff", 4.48},
		{"#767676", "#ffffff", 4.54},
		{"#0000ff", "#ffffff", 8.59},
		{"#ffff00", "#000000", 19.56},
	} {
		got := Contrast(MustParse(tc.a), MustParse(tc.b))
		if math.Abs(got-tc.want) > 0.01 {
			t.Errorf("Contrast(%s, %s) = %.3f; want %.2f", tc.a, tc.b, got, tc.want)
		}
	}
}

var modes = []struct {
	name string
	m    Mode
}{{"standard", Standard}, {"contrast", HighContrast}, {"elder", Elder}}

// TestDeriveExtremes asserts, for colours at the edges of what a store may
// pick, that every pair in every mode reads at the mode's target, that a
// brand that can keep its own colour as a background does, and that a
// moved colour keeps its hue.
func TestDeriveExtremes(t *testing.T) {
	for _, brand := range []string{"#ffff00", "#ffe4e1", "#0a0a0a", "#ffffff", "#777777", "#0000ff", "#0b5d3b"} {
		for _, md := range modes {
			t.Run(brand+"/"+md.name, func(t *testing.T) {
				c := MustParse(brand)
				p := Derive(c, md.m)
				target := md.m.Target()
				for _, pr := range []struct {
					name string
					pair Pair
				}{{"fill", p.Fill}, {"text", p.Text}, {"tone", p.Tone}} {
					if got := pr.pair.Ratio(); got < target {
						t.Errorf("%s %s on %s: ratio %.2f; want ≥ %.1f", pr.name, pr.pair.Fg, pr.pair.Bg, got, target)
					}
				}
				if math.Max(Contrast(c, White), Contrast(c, Black)) >= target && p.Fill.Bg != c {
					t.Errorf("fill background %s; want the brand %s itself, which reads", p.Fill.Bg, c)
				}
				if p.Text.Bg != md.m.Paper() {
					t.Errorf("text background %s; want the paper %s", p.Text.Bg, md.m.Paper())
				}
				if p.Tone.Bg != p.Text.Fg {
					t.Errorf("tone background %s; want the text tone %s", p.Tone.Bg, p.Text.Fg)
				}
				for _, moved := range []Color{p.Fill.Bg, p.Text.Fg} {
					if d := hueShift(c, moved); d > 0.1 {
						t.Errorf("%s became %s: hue moved %.2f rad; want it kept", c, moved, d)
					}
				}
				t.Logf("fill %s on %s %.2f; text %s on %s %.2f; tone %s on %s %.2f",
					p.Fill.Fg, p.Fill.Bg, p.Fill.Ratio(), p.Text.Fg, p.Text.Bg, p.Text.Ratio(), p.Tone.Fg, p.Tone.Bg, p.Tone.Ratio())
			})
		}
	}
}

// hueShift is how far b's hue is from a's, in radians; 0 when either is
// too grey to have a hue an eye sees.
func hueShift(a, b Color) float64 {
	pa, pb := toLCH(a), toLCH(b)
	if pa.c < 0.02 || pb.c < 0.02 {
		return 0
	}
	d := math.Abs(pa.h - pb.h)
	return math.Min(d, 2*math.Pi-d)
}

// TestAgainstOffWhite: text for a paper that is neither white nor black
// (the console's) reads on it, and on white too, which is lighter.
func TestAgainstOffWhite(t *testing.T) {
	paper := MustParse("#f3f5f4")
	for _, s := range []string{"#ffff00", "#ffe4e1", "#ffffff", "#777777", "#f08c00"} {
		got := Against(MustParse(s), paper, 7)
		if r := Contrast(got, paper); r < 7 {
			t.Errorf("Against(%s, %s, 7) = %s, %.2f:1; want ≥ 7", s, paper, got, r)
		}
		if r := Contrast(got, White); r < 7 {
			t.Errorf("Against(%s, %s, 7) = %s, %.2f:1 on white; want ≥ 7", s, paper, got, r)
		}
	}
}

func TestOKLCHRoundTrip(t *testing.T) {
	for _, s := range []string{"#000000", "#ffffff", "#ffff00", "#0000ff", "#ffe4e1", "#0b5d3b", "#777777"} {
		c := MustParse(s)
		if got := toLCH(c).color(); got != c {
			t.Errorf("%s through OKLCH = %s; want it unchanged", c, got)
		}
	}
}

func BenchmarkDerive(b *testing.B) {
	c := MustParse("#ffff00")
	for b.Loop() {
		Derive(c, Elder)
	}
}
