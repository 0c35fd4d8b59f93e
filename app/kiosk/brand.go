package kiosk

import (
	"storecast/app/content"
	"storecast/app/palette"
	"storecast/app/screen"
)

// brandVars are the kiosk's colours from the store's brand, for
// web/kiosk.css: the brand's tone and its text (--k-brand, --k-on-brand,
// everywhere the brand colours a button, a label or a border), and the
// header's own pair (--k-head, --k-on-head), which keeps the brand's
// colour itself whenever some text reads on it. The kiosk keeps text at
// 7:1 (AAA) in every mode, as web/kiosk.css promises: on white in the
// standard and large-text modes (palette.Elder's pairs), on black in the
// contrast and elder modes.
func brandVars(b *content.Brand, m Modes) []screen.Var {
	mode := palette.Elder
	if m.Has(Contrast) {
		mode = palette.HighContrast
	}
	p, ok := screen.BrandPairs(b, mode)
	if !ok {
		return nil
	}
	vars := []screen.Var{
		{Name: "--k-brand", Value: p.Tone.Bg.String()},
		{Name: "--k-on-brand", Value: p.Tone.Fg.String()},
		{Name: "--k-head", Value: p.Fill.Bg.String()},
		{Name: "--k-on-head", Value: p.Fill.Fg.String()},
		{Name: "--k-accent", Value: b.Accent},
	}
	if mode == palette.Elder {
		vars = append(vars, screen.Var{Name: "--k-line", Value: p.Tone.Bg.String()})
	}
	return vars
}
