package pwa

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
)

// The screens' style sheets. go-app links every sheet of its Styles in
// every page, and its worker caches them all (a screen must start
// offline); each page keeps only the links to the sheets it uses.
const (
	baseSheet    = "/web/storecast.css" // fonts, colours, the start page
	kioskSheet   = "/web/kiosk.css"
	keypadSheet  = "/web/keypad.css" // the kiosk price check's keypad
	signageSheet = "/web/signage.css"
	consoleSheet = "/web/console.css"
)

var styles = []string{baseSheet, kioskSheet, keypadSheet, consoleSheet, signageSheet}

// sheetsOf lists the sheets the page at path uses, by its first segment.
// The start page keeps the kiosk's and signage's: its links open either
// in place, without loading a page, so their sheets must be there already.
func sheetsOf(path string) []string {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	switch first {
	case "kiosk":
		return []string{baseSheet, kioskSheet, keypadSheet}
	case "signage":
		return []string{baseSheet, signageSheet}
	case "console":
		return []string{baseSheet, consoleSheet}
	}
	return []string{baseSheet, kioskSheet, keypadSheet, signageSheet}
}

// sheetLink matches a style sheet's link as go-app writes it.
var sheetLink = regexp.MustCompile(`<link [^>]*rel="stylesheet"[^>]*>`)

// keepSheets removes from a rendered page the links to the screens' sheets
// that the page at path does not use; go-app's own (/app.css) stays.
func keepSheets(page []byte, path string) []byte {
	keep := sheetsOf(path)
	return sheetLink.ReplaceAllFunc(page, func(link []byte) []byte {
		for _, s := range styles {
			if bytes.Contains(link, []byte(`href="`+s+`"`)) && !slices.Contains(keep, s) {
				return nil
			}
		}
		return link
	})
}
