package content

import "slices"

// Locales the store's content and UI are written in, default first.
const (
	LocaleZhHans = "zh-Hans"
	LocaleZhHant = "zh-Hant"
	LocaleEn     = "en"
)

// Locales lists every supported locale, the default first.
var Locales = []string{LocaleZhHans, LocaleZhHant, LocaleEn}

// DefaultLocale is the store's language when nothing else is asked for.
const DefaultLocale = LocaleZhHans

// KnownLocale reports whether l is one of Locales.
func KnownLocale(l string) bool { return slices.Contains(Locales, l) }

// Text is one piece of text in several locales, keyed by locale.
type Text map[string]string

// In returns the text for locale, falling back to the other Chinese script,
// then to the default locale, then to English, then to any text at all, so a
// screen never shows a blank where some translation exists.
func (t Text) In(locale string) string {
	if s := t[locale]; s != "" {
		return s
	}
	for _, l := range fallbacks(locale) {
		if s := t[l]; s != "" {
			return s
		}
	}
	for _, l := range Locales {
		if s := t[l]; s != "" {
			return s
		}
	}
	return ""
}

func fallbacks(locale string) []string {
	switch locale {
	case LocaleZhHant:
		return []string{LocaleZhHans, LocaleEn}
	case LocaleZhHans:
		return []string{LocaleZhHant, LocaleEn}
	default:
		return []string{LocaleEn, LocaleZhHans}
	}
}
