package qr_test

import (
	"math/rand/v2"
	"testing"

	"rsc.io/qr/coding"

	"storecast/app/qr"
	"storecast/app/qr/qrtest"
)

// symbol is a size×size grid with the three finder patterns drawn.
type symbol struct {
	size int
	dark []bool
}

func newSymbol(size int) *symbol {
	s := &symbol{size: size, dark: make([]bool, size*size)}
	s.finder(0, 0)
	s.finder(size-7, 0)
	s.finder(0, size-7)
	return s
}

// finder draws a 7×7 finder pattern with its top-left module at (x, y).
func (s *symbol) finder(x, y int) {
	for j := range 7 {
		for i := range 7 {
			ring := max(abs(i-3), abs(j-3))
			s.dark[(y+j)*s.size+x+i] = ring != 2
		}
	}
}

func (s *symbol) at(x, y int) bool { return s.dark[y*s.size+x] }

func abs(v int) int { return max(v, -v) }

func TestFalseFinderPlanted(t *testing.T) {
	s := newSymbol(33)
	if qr.FalseFinder(s.size, s.at) {
		t.Fatal("three real finders alone: want no look-alike")
	}
	// A finder's middle row on its own fools only the row scan.
	for i, d := range []bool{true, false, true, true, true, false, true} {
		s.dark[16*s.size+13+i] = d
	}
	if qr.FalseFinder(s.size, s.at) {
		t.Fatal("1:1:3:1:1 across only: want no look-alike")
	}
	s.finder(13, 13)
	if !qr.FalseFinder(s.size, s.at) {
		t.Fatal("a whole finder pattern in the middle: want a look-alike")
	}
	s = newSymbol(33)
	s.finder(13, 26) // the bottom row of modules: its centre is still outside the real three
	if !qr.FalseFinder(s.size, s.at) {
		t.Fatal("a finder pattern at the bottom edge: want a look-alike")
	}
}

// Every symbol ZXing cannot read because of what its modules say is one
// FalseFinder flags, and FalseFinder leaves most symbols alone.
func TestFalseFinderCoversZXingMisses(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_"
	var symbols, unread, flagged int
	for range 60 {
		token := make([]byte, 43)
		for i := range token {
			token[i] = alphabet[rng.IntN(len(alphabet))]
		}
		text := "https://shop.example/signage?enrol=sce_" + string(token)
		for mask := range coding.Mask(8) {
			c := encode(t, text, mask)
			symbols++
			ff := qr.FalseFinder(c.Size, c.Black)
			if ff {
				flagged++
			}
			if qrtest.Read(c.Size, c.Black, 2) != text || qrtest.Read(c.Size, c.Black, 5) != text {
				unread++
				if !ff {
					t.Fatalf("ZXing cannot read %q with mask %d, and FalseFinder says nothing is wrong", text, mask)
				}
			}
		}
	}
	t.Logf("%d symbols: ZXing missed %d, FalseFinder flagged %d", symbols, unread, flagged)
	if unread == 0 {
		t.Fatal("ZXing read every symbol: the sample no longer tests anything")
	}
	if flagged > symbols/3 {
		t.Fatalf("FalseFinder flagged %d of %d symbols; want under a third, or encoders run out of choices", flagged, symbols)
	}
}

func encode(t *testing.T, text string, mask coding.Mask) *coding.Code {
	t.Helper()
	c, err := qr.EncodeMask(text, mask)
	if err != nil {
		t.Fatalf("%q with mask %d: %v", text, mask, err)
	}
	return c
}
