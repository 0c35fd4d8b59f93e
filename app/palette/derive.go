package palette

// Mode is a screen's display mode, which sets the contrast text needs and
// the paper it sits on.
type Mode int

// Display modes.
const (
	Standard     Mode = iota // WCAG AA: 4.5:1 on white
	HighContrast             // AAA, white and yellow on black: 7:1 on black
	Elder                    // AAA for older eyes: 7:1 on white
)

// Target is the contrast ratio text needs in m.
func (m Mode) Target() float64 {
	if m == Standard {
		return 4.5
	}
	return 7
}

// Paper is the background of m's screens.
func (m Mode) Paper() Color {
	if m == HighContrast {
		return Black
	}
	return White
}

// Pair is text in Fg on a background of Bg.
type Pair struct{ Fg, Bg Color }

// Ratio is the pair's WCAG 2 contrast ratio.
func (p Pair) Ratio() float64 { return Contrast(p.Fg, p.Bg) }

// Pairs are the readable uses of a brand colour in one mode; each meets
// the mode's Target.
type Pairs struct {
	// Fill is the brand as a background (a header): Bg is the brand as
	// given, its lightness moved only when neither white nor black text
	// reads on it; Fg is that text.
	Fill Pair
	// Text is brand-coloured text (a link, a label) on the mode's paper:
	// Fg is the brand with its lightness moved away from the paper until
	// it reads; Bg is the paper.
	Text Pair
	// Tone is Text's colour as a background (a button), with its text.
	Tone Pair
}

// Derive returns brand's readable pairs in mode m.
func Derive(brand Color, m Mode) Pairs {
	t := m.Target()
	tone := Against(brand, m.Paper(), t)
	return Pairs{
		Fill: On(brand, t),
		Text: Pair{Fg: tone, Bg: m.Paper()},
		// The paper is white or black and reads on tone at t, so white
		// or black text on tone does too: On never moves it.
		Tone: On(tone, t),
	}
}

// Against returns c as text that reads on paper at target: c itself, or
// c with its lightness moved away from paper's. For a page whose paper is
// an off-white, such as the console's.
func Against(c, paper Color, target float64) Color { return awayFrom(c, paper, target) }

// On returns the better of white and black text on bg; if neither
// reaches target, bg's lightness moves away from that text until it does.
func On(bg Color, target float64) Pair {
	fg := White
	if Contrast(Black, bg) > Contrast(White, bg) {
		fg = Black
	}
	return Pair{Fg: fg, Bg: awayFrom(bg, fg, target)}
}

// lightnessStep is how far in OKLCH lightness each try moves: small
// enough that the colour found is the nearest that reads, to within what
// an eye tells apart.
const lightnessStep = 0.005

// awayFrom returns c, or c with its OKLCH lightness moved away from other
// (towards black when black stands further from it) until their contrast
// reaches target. At lightness 0 or 1 the colour is black or white, so
// for any target other's far end reaches, the loop ends with it met.
func awayFrom(c, other Color, target float64) Color {
	if Contrast(c, other) >= target {
		return c
	}
	p := toLCH(c)
	// Towards whichever end, black or white, stands further from other:
	// from a light paper always down, even for a colour lighter still.
	step := -lightnessStep
	if Contrast(White, other) > Contrast(Black, other) {
		step = lightnessStep
	}
	for l := p.l + step; l > -lightnessStep && l < 1+lightnessStep; l += step {
		q := lch{min(max(l, 0), 1), p.c, p.h}.color()
		if Contrast(q, other) >= target {
			return q
		}
	}
	if step > 0 {
		return White
	}
	return Black
}
