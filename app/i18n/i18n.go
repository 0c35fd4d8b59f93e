// Package i18n gives screens their UI strings in the shopper's language,
// from the go-i18n message files embedded by package locales.
package i18n

import (
	"fmt"
	"io/fs"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"storecast/app/content"
	"storecast/locales"
)

var (
	once       sync.Once
	bundle     *i18n.Bundle
	localizers map[string]*i18n.Localizer
)

func load() {
	bundle = i18n.NewBundle(language.Make(content.DefaultLocale))
	localizers = make(map[string]*i18n.Localizer, len(content.Locales))
	for _, l := range content.Locales {
		if _, err := bundle.LoadMessageFileFS(locales.FS, l+".json"); err != nil {
			// The files are embedded and checked by tests: a failure here is a build bug.
			panic(fmt.Sprintf("i18n: %v", err))
		}
		// Fallback chain: the other Chinese script, then English, then the default.
		chain := []string{l}
		switch l {
		case content.LocaleZhHant:
			chain = append(chain, content.LocaleZhHans)
		case content.LocaleZhHans:
			chain = append(chain, content.LocaleZhHant)
		}
		localizers[l] = i18n.NewLocalizer(bundle, append(chain, content.LocaleEn)...)
	}
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
	once.Do(load)
	l, ok := localizers[locale]
	if !ok {
		l = localizers[content.DefaultLocale]
	}
	s, err := l.Localize(cfg)
	if err != nil {
		// Show the id rather than nothing; tests keep this from happening.
		return cfg.MessageID
	}
	return s
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
