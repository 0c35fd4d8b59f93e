// Package palette derives readable colours from a store's brand colour.
//
// A store picks any colour; the screens must still be readable in it. From
// the brand colour Derive finds, for a display mode, the text colour for
// the brand as a background and the brand's tone for text on the screen's
// paper, each meeting the mode's WCAG 2 contrast ratio (4.5:1 standard,
// 7:1 in the high-contrast and elder modes). Colours are moved only in
// lightness, in OKLCH, so a brand keeps its hue: yellow becomes olive, not
// brown. Ratios are measured on the 8-bit colours the screens are sent,
// never on the unrounded ones, so what the tests assert is what shows.
//
// It is plain Go with no imports beyond the standard library's math:
// the server (the phone's pages) and the screens' wasm share it.
package palette
