package console

import (
	"storecast/app/content"
	"storecast/app/palette"
	"storecast/app/screen"
)

// consolePaper is web/console.css's --cs-bg, the lightest surface brand-
// coloured text sits on besides white cards.
var consolePaper = palette.MustParse("#f3f5f4")

// brandVars are the console's colours from the store's brand, for
// web/console.css: the header's own pair (--cs-head, --cs-on-head), which
// keeps the brand's colour whenever some text reads on it, and the
// brand's tone (--brand) that every link, note and primary button uses:
// it reads on the console's paper and white text reads on it. Every pair
// reads at 7:1, the AAA contrast the console keeps throughout.
func brandVars(b *content.Brand) []screen.Var {
	p, ok := screen.BrandPairs(b, palette.Elder)
	if !ok {
		return nil
	}
	return []screen.Var{
		{Name: "--cs-head", Value: p.Fill.Bg.String()},
		{Name: "--cs-on-head", Value: p.Fill.Fg.String()},
		{Name: "--cs-accent", Value: b.Accent},
		{Name: "--brand", Value: palette.Against(p.Text.Fg, consolePaper, palette.Elder.Target()).String()},
	}
}
