package phone

import (
	"context"
	"errors"
	"html/template"
	"log/slog"

	"storecast/app/content"
	"storecast/app/palette"
	"storecast/server/store"
)

// branded gives p the store's name, logo and colours. The colours follow
// styleSheet as custom properties, derived for a phone's white page at
// 7:1, the AAA contrast the pages keep (app/palette): --brand for brand-coloured text, --on-brand for
// text on it. A brand that cannot be read leaves the product's, logged:
// a shopper's coupon must show whatever else fails.
func (h *Handler) branded(ctx context.Context, p *page) {
	b, err := h.store.Brand(ctx)
	if errors.Is(err, store.ErrNotFound) {
		return
	}
	if err != nil {
		h.log.Error("phone: brand", slog.Any("err", err))
		return
	}
	if name := b.Name.In(p.Lang); name != "" {
		p.Brand = name
	}
	p.Logo = b.Logo
	c, err := palette.Parse(b.Color)
	if err != nil {
		return
	}
	d := palette.Derive(c, palette.Elder)
	p.Theme = d.Fill.Bg.String()
	p.Style = template.CSS(styleSheet + "\n:root { --brand: " + d.Text.Fg.String() + "; --on-brand: " + d.Tone.Fg.String() +
		"; --head: " + d.Fill.Bg.String() + "; --on-head: " + d.Fill.Fg.String() + "; --accent: " + brandAccent(b) + "; }\n")
}

// brandAccent is b's accent, checked again: it is written into a style
// sheet, so only #rrggbb may pass, whatever the database holds.
func brandAccent(b content.Brand) string {
	if c, err := palette.Parse(b.Accent); err == nil {
		return c.String()
	}
	return "transparent"
}
