package kiosk

import "strings"

// Modes are the accessibility modes a shopper turned on.
type Modes uint8

const (
	Large    Modes = 1 << iota // text at least 1.5×, targets at least 60 px
	Contrast                   // text at least 7:1, borders at least 4.5:1
	Voice                      // everything is read aloud
	Elder                      // 长辈模式: large and contrast, few choices, nothing moves
)

var modeNames = []struct {
	m    Modes
	name string
}{{Large, "large"}, {Contrast, "contrast"}, {Voice, "voice"}, {Elder, "elder"}}

// ParseModes reads the m= parameter: mode names joined by dots.
func ParseModes(s string) Modes {
	var m Modes
	for _, part := range strings.Split(s, ".") {
		for _, mn := range modeNames {
			if part == mn.name {
				m |= mn.m
			}
		}
	}
	return m
}

// String is the m= parameter for m.
func (m Modes) String() string {
	var parts []string
	for _, mn := range modeNames {
		if m&mn.m != 0 {
			parts = append(parts, mn.name)
		}
	}
	return strings.Join(parts, ".")
}

// Has reports whether mode is in effect: elder mode brings large text and
// high contrast with it.
func (m Modes) Has(mode Modes) bool {
	if m&Elder != 0 && mode&(Large|Contrast) != 0 {
		return true
	}
	return m&mode != 0
}

// Toggle turns mode on or off.
func (m Modes) Toggle(mode Modes) Modes { return m ^ mode }

// Classes are the CSS classes of the kiosk's root for m.
func (m Modes) Classes() string {
	c := "sc-kiosk"
	for _, mn := range modeNames {
		if m.Has(mn.m) {
			c += " sc-m-" + mn.name
		}
	}
	return c
}

// MaxChoices is how many choices a screen offers at once in elder mode.
const MaxChoices = 4
