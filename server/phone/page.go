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
var styleHash = func() string {
	sum := sha256.Sum256([]byte(styleSheet))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}()

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
	Style   template.CSS // styleSheet, as it is: the policy has its hash
}

func newPage(locale, title, script string) page {
	return page{Lang: locale, Title: title, Script: script, Brand: i18n.T(locale, i18n.AppName), Heading: title, Style: template.CSS(styleSheet)}
}
