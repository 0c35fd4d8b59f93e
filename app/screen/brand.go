package screen

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/palette"
)

// BrandName is the store's name in locale, or product (the product's own
// name) while the store has no brand.
func BrandName(b *content.Brand, locale, product string) string {
	if b == nil {
		return product
	}
	if n := b.Name.In(locale); n != "" {
		return n
	}
	return product
}

// BrandMark is a header's store: its logo and name, in a p of class. The
// logo is presentation: the name beside it says the same to a screen
// reader, which would otherwise hear it twice. (A role, not alt="": go-app
// drops an empty attribute, and an img without alt is an error.)
func BrandMark(b *content.Brand, locale, product, class string) app.UI {
	name := BrandName(b, locale, product)
	if b == nil || b.Logo == "" {
		return app.P().Class(class).Body(app.Span().Class("sc-brand-name").Text(name))
	}
	return app.P().Class(class).Body(
		app.Img().Class("sc-brand-logo").Src(b.Logo).Attr("role", "presentation").Attr("width", 48).Attr("height", 48),
		app.Span().Class("sc-brand-name").Text(name),
	)
}

// BrandPairs are brand's readable colours in mode m; ok is false without
// a brand (or with a colour that does not parse, which the server never
// stores), and the page keeps its stylesheet's.
func BrandPairs(b *content.Brand, m palette.Mode) (p palette.Pairs, ok bool) {
	if b == nil {
		return palette.Pairs{}, false
	}
	c, err := palette.Parse(b.Color)
	if err != nil {
		return palette.Pairs{}, false
	}
	return palette.Derive(c, m), true
}

// Var is one CSS custom property a page sets on its root.
type Var struct{ Name, Value string }

// Styled sets vars on e as CSS custom properties, which the stylesheets
// read with var().
func Styled[E interface {
	Style(k, format string, v ...any) E
}](e E, vars []Var) E {
	for _, v := range vars {
		e = e.Style(v.Name, "%s", v.Value)
	}
	return e
}
