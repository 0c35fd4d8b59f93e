package kiosk

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

// The kiosk's own icons, drawn for Storecast: inline SVG in the line
// colour of the text around them (currentColor), so every mode and every
// store's brand colours draw them in its own colours, and nothing is
// fetched. They are decoration: the label beside each says what it is.
var icons = map[string]string{
	// A price tag.
	"offers": `<path d="M6 24V8a2 2 0 0 1 2-2h16l18 18-18 18z"/><circle cx="16" cy="16" r="3.5"/>`,
	// A ticket with a torn line.
	"coupons": `<path d="M4 14a4 4 0 0 0 0 8v-8zM4 14V10h40v4a4 4 0 0 0 0 8v0 4 4H4v-4a4 4 0 0 0 0-8"/><path d="M30 10v20" stroke-dasharray="3 3"/><path d="M12 17h12M12 23h8"/>`,
	// A barcode under a magnifying glass.
	"price": `<path d="M6 8v22M11 8v22M15 8v22M21 8v22M26 8v14"/><circle cx="32" cy="28" r="8"/><path d="M38 34l7 7"/>`,
	// A calendar page.
	"events": `<rect x="6" y="10" width="36" height="32" rx="3"/><path d="M6 19h36M15 5v9M33 5v9M14 27h6M28 27h6M14 35h6"/>`,
	// A coin with a star: points.
	"points": `<circle cx="24" cy="24" r="18"/><path d="M24 13l3.2 6.6 7.2 1-5.2 5.1 1.2 7.2L24 29.5l-6.4 3.4 1.2-7.2-5.2-5.1 7.2-1z"/>`,
	// A speech bubble with a question mark.
	"help": `<path d="M8 8h32a3 3 0 0 1 3 3v20a3 3 0 0 1-3 3H22l-9 8v-8H8a3 3 0 0 1-3-3V11a3 3 0 0 1 3-3z"/><path d="M19 16a5 5 0 1 1 6 5v3"/><path d="M25 29v1"/>`,
	// A finger touching the screen.
	"touch": `<path d="M18 26V9a3 3 0 0 1 6 0v13m0-2a3 3 0 0 1 6 0v3m0-1a3 3 0 0 1 6 0v2m0 0a3 3 0 0 1 6 0v6c0 8-5 14-13 14h-2c-5 0-8-3-11-7l-6-9a3 3 0 0 1 5-3l3 4"/>`,
	"next":  `<path d="M8 24h30M28 13l11 11-11 11"/>`,
	"prev":  `<path d="M40 24H10M20 13 9 24l11 11"/>`,
}

// icon is the icon named name as an inline SVG.
func icon(name string) app.UI {
	return app.Raw(`<svg class="sc-icon" aria-hidden="true" focusable="false" viewBox="0 0 48 48" fill="none" ` +
		`stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">` + icons[name] + `</svg>`)
}

func pagingIcon(next bool) app.UI {
	if next {
		return icon("next")
	}
	return icon("prev")
}

// categoryIcon is the kiosk's picture of cat (web/icons/category-*.svg,
// drawn for Storecast, in colour: a category is recognised by its
// picture): the one staff chose, else one its id's words suggest.
func categoryIcon(cat content.Category) string {
	if cat.ID == CatAll {
		return "/web/icons/category-all.svg"
	}
	return "/web/icons/category-" + cat.IconName() + ".svg"
}

// categoryOf is the category with id among cats, or one with only that id.
func categoryOf(id string, cats []content.Category) content.Category {
	for _, c := range cats {
		if c.ID == id {
			return c
		}
	}
	return content.Category{ID: id}
}

// picture is an image as the decoration of a choice whose label names
// what it shows.
func picture(class, src string) app.UI {
	return app.Span().Class(class).Body(
		app.Img().Src(src).Attr("role", "presentation").Attr("decoding", "async"),
	)
}
