package phone

import (
	"embed"
	"html/template"

	"storecast/app/i18n"
)

//go:embed templates/*.html
var templates embed.FS

// pages holds the templates: "coupon", "invalid" and "claim", each a whole
// document through "head".
var pages = template.Must(template.ParseFS(templates, "templates/*.html"))

// page is what every page's head and heading need.
type page struct {
	Lang    string
	Title   string // the document's title
	Script  string // the page's one script, a file under /web
	Brand   string
	Heading string
}

func newPage(locale, title, script string) page {
	return page{Lang: locale, Title: title, Script: script, Brand: i18n.T(locale, i18n.AppName), Heading: title}
}
