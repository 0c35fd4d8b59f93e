package console

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
)

const localeKey = "sc-console-lang"

// LocaleFor picks the console's language: ?lang= first, then the one the
// staff member chose last time on this device, then the browser's.
func LocaleFor(u *url.URL, saved string, browser []string) string {
	if l := u.Query().Get("lang"); content.KnownLocale(l) {
		return l
	}
	if content.KnownLocale(saved) {
		return saved
	}
	for _, b := range browser {
		if l := browserLocale(b); l != "" {
			return l
		}
	}
	return content.DefaultLocale
}

// browserLocale maps a BCP 47 tag to one of ours: zh-TW, zh-HK and
// zh-Hant-* read Traditional; other Chinese reads Simplified.
func browserLocale(tag string) string {
	t := strings.ToLower(tag)
	switch {
	case strings.HasPrefix(t, "zh-hant"), strings.HasPrefix(t, "zh-tw"), strings.HasPrefix(t, "zh-hk"), strings.HasPrefix(t, "zh-mo"):
		return content.LocaleZhHant
	case t == "zh" || strings.HasPrefix(t, "zh-"):
		return content.LocaleZhHans
	case t == "en" || strings.HasPrefix(t, "en-"):
		return content.LocaleEn
	}
	return ""
}

// browserLocaleNow reads the saved choice and the browser's languages.
func browserLocaleNow() string {
	w := app.Window()
	saved := ""
	if v := w.Get("localStorage").Call("getItem", localeKey); v.Truthy() {
		saved = v.String()
	}
	var langs []string
	if ls := w.Get("navigator").Get("languages"); ls.Truthy() {
		for i := 0; i < ls.Length(); i++ {
			langs = append(langs, ls.Index(i).String())
		}
	}
	return LocaleFor(w.URL(), saved, langs)
}

// saveLocale remembers the choice on this device and tells the document.
func saveLocale(l string) {
	w := app.Window()
	w.Get("localStorage").Call("setItem", localeKey, l)
	w.Get("document").Get("documentElement").Set("lang", l)
}
