// Package i18n gives screens their UI strings in the shopper's language,
// from the go-i18n message files embedded by package locales.
package i18n

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"storecast/app/content"
	"storecast/locales"
)

// Each message file has its own bundle, loaded when a message in it is
// first asked for: a kiosk starting in one language parses one file, not
// all of them, and not the staff console's (at start-up, under a kiosk's
// CPU, each is tens of ms).
var (
	mu         sync.Mutex
	localizers = map[string]*i18n.Localizer{}
)

// consolePrefix starts the id of every message of the staff console; they
// are in console.<locale>.json, the rest in <locale>.json.
const consolePrefix = "Console"

// file returns the message file that holds message id in locale.
func file(locale, id string) string {
	if strings.HasPrefix(id, consolePrefix) {
		return "console." + locale + ".json"
	}
	return locale + ".json"
}

func localizer(locale, file string) *i18n.Localizer {
	mu.Lock()
	defer mu.Unlock()
	if l, ok := localizers[file]; ok {
		return l
	}
	bundle := i18n.NewBundle(language.Make(locale))
	if _, err := bundle.LoadMessageFileFS(locales.FS, file); err != nil {
		// The files are embedded and checked by tests: a failure here is a build bug.
		panic(fmt.Sprintf("i18n: %v", err))
	}
	l := i18n.NewLocalizer(bundle, locale)
	localizers[file] = l
	return l
}

// fallbacks is where a message missing from a locale is looked for next:
// the other Chinese script, then English. Tests keep every message in every
// file, so this only matters if one slips through.
func fallbacks(locale string) []string {
	switch locale {
	case content.LocaleZhHant:
		return []string{content.LocaleZhHant, content.LocaleZhHans, content.LocaleEn}
	case content.LocaleZhHans:
		return []string{content.LocaleZhHans, content.LocaleZhHant, content.LocaleEn}
	case content.LocaleEn:
		return []string{content.LocaleEn}
	}
	return fallbacks(content.DefaultLocale)
}

// T returns message id in locale, filled with data (pairs of name, value).
// An unknown locale falls back to the default one.
func T(locale, id string, data ...any) string {
	return localize(locale, &i18n.LocalizeConfig{MessageID: id, TemplateData: pairs(data), TemplateParser: fieldParser{}})
}

// N returns the plural form of message id for count; the template sees
// {{.Count}} and any other data given.
func N(locale, id string, count int, data ...any) string {
	m := pairs(data)
	if m == nil {
		m = map[string]any{}
	}
	m["Count"] = count
	return localize(locale, &i18n.LocalizeConfig{MessageID: id, TemplateData: m, PluralCount: count, TemplateParser: fieldParser{}})
}

func localize(locale string, cfg *i18n.LocalizeConfig) string {
	for _, l := range fallbacks(locale) {
		if s, err := localizer(l, file(l, cfg.MessageID)).Localize(cfg); err == nil {
			return s
		}
	}
	// Show the id rather than nothing; tests keep this from happening.
	return cfg.MessageID
}

func pairs(data []any) map[string]any {
	if len(data) == 0 {
		return nil
	}
	m := make(map[string]any, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		m[fmt.Sprint(data[i])] = data[i+1]
	}
	return m
}

// Files lists the embedded message files; tests use it.
func Files() ([]string, error) { return fs.Glob(locales.FS, "*.json") }

// names are the languages' names in themselves, for language pickers: a
// picker shows every language, and looking each name up in its own message
// file would load every file at start-up. A test keeps them equal to each
// file's LocaleName.
var names = map[string]string{
	content.LocaleZhHans: "简体中文",
	content.LocaleZhHant: "繁體中文",
	content.LocaleEn:     "English",
}

// Name returns locale's name in its own language.
func Name(locale string) string {
	if n, ok := names[locale]; ok {
		return n
	}
	return T(locale, LocaleName)
}
