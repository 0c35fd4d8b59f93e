package signage

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/palette"
	"storecast/app/screen"
)

// brandVars are the store's colours for web/storecast.css and
// web/signage.css: the brand itself as a background with the text that
// reads on it (--brand, --on-brand), its tone for text on white
// (--brand-text) and the accent. Slides are read from across the shop:
// every pair reads at 7:1 (AAA), as the kiosk's do.
func brandVars(b *content.Brand) []screen.Var {
	p, ok := screen.BrandPairs(b, palette.Elder)
	if !ok {
		return nil
	}
	return []screen.Var{
		{Name: "--brand", Value: p.Fill.Bg.String()},
		{Name: "--on-brand", Value: p.Fill.Fg.String()},
		{Name: "--brand-text", Value: p.Text.Fg.String()},
		{Name: "--accent", Value: b.Accent},
	}
}

// brandBadge is the store's logo and name in a corner of every slide, as
// a channel shows its own; nothing without a brand.
func (p *Page) brandBadge() app.UI {
	b := p.state.Snapshot.Brand
	if b == nil {
		return nil
	}
	return screen.BrandMark(b, p.state.Locale, "", "sc-signage-brand")
}
