package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/palette"
	"storecast/app/screen"
)

// brandPreview draws a kiosk's header, a brand-coloured line and a button
// in each of its palettes, from the colours the screens will derive, with
// the contrast of each: on white (standard and large text; signage, this
// console and phones use the same pairs) and on black (contrast and elder
// modes), both at the 7:1 the screens keep. While the colour is not
// #rrggbb the group stays, empty, so the form keeps its shape; the field
// says why.
func brandPreview(l string, b content.Brand) app.UI {
	modes := []struct {
		m     palette.Mode
		label string
	}{
		{palette.Elder, i18n.ConsoleBrandStandard},
		{palette.HighContrast, i18n.ConsoleBrandContrast},
	}
	var cards []app.UI
	for _, md := range modes {
		if p, ok := screen.BrandPairs(&b, md.m); ok {
			cards = append(cards, brandCard(l, &b, md.m, i18n.T(l, md.label), p))
		}
	}
	return app.Div().ID("brand-preview").Class("cs-group cs-brand-preview").Attr("role", "group").Aria("labelledby", "brand-preview-legend").Body(
		append([]app.UI{app.P().ID("brand-preview-legend").Class("cs-legend").Text(i18n.T(l, i18n.ConsoleBrandPreview))}, cards...)...,
	)
}

func brandCard(l string, b *content.Brand, m palette.Mode, label string, p palette.Pairs) app.UI {
	ratio := func(pr palette.Pair) string { return strconv.FormatFloat(pr.Ratio(), 'f', 1, 64) }
	return app.Div().Class("cs-brand-card").DataSet("mode", label).Body(
		app.P().Class("cs-label").Text(label),
		app.Div().Class("cs-brand-screen").Style("background", p.Text.Bg.String()).Body(
			app.Div().Class("cs-brand-head").
				Style("background", p.Fill.Bg.String()).Style("color", p.Fill.Fg.String()).
				Style("border-bottom-color", b.Accent).
				Body(screen.BrandMark(b, l, "", "cs-brand-mark")),
			app.P().Class("cs-brand-text").Style("color", p.Text.Fg.String()).Text(i18n.T(l, i18n.ConsoleBrandSample)),
			app.P().Class("cs-brand-button").
				Style("background", p.Tone.Bg.String()).Style("color", p.Tone.Fg.String()).
				Text(i18n.T(l, i18n.ConsoleBrandButton)),
		),
		app.P().Class("cs-hint cs-brand-ratios").Text(i18n.T(l, i18n.ConsoleBrandRatios,
			"Head", ratio(p.Fill), "Text", ratio(p.Text), "Button", ratio(p.Tone),
			"Need", strconv.FormatFloat(m.Target(), 'f', 1, 64))),
	)
}
