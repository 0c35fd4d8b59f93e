package phone

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"

	"storecast/app/i18n"
)

// styleSheet is every page's style, in its head: a linked sheet would be
// one more round trip before the first paint, half a second on a phone's
// mobile data.
//
//go:embed phone.css
var styleSheet string

// styleHash names styleSheet in the policy, which refuses any other style.
var styleHash = hashOf(styleSheet)

func hashOf(sheet string) string {
	sum := sha256.Sum256([]byte(sheet))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

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
	Brand   string // the store's name, or the product's without a brand
	Logo    string // the store's logo, a media URL; "" for none
	Theme   string // the browser's colour for its own bar
	Heading string
	// Style is styleSheet, then the brand's colours if the store has a
	// brand (brand.go): the policy names its hash (sheetPolicy).
	Style template.CSS
}

func newPage(locale, title, script string) page {
	return page{Lang: locale, Title: title, Script: script, Brand: i18n.T(locale, i18n.AppName),
		Theme: "#0b5d3b", Heading: title, Style: template.CSS(styleSheet)}
}

// sheet is the page's style element's text, for the policy.
func (p page) sheet() string { return string(p.Style) }
