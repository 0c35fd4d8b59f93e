package screen

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

// Languages is the language switch: each language named in itself, so a
// shopper finds theirs whatever the screen shows now.
func (s *State) Languages(path string) app.UI {
	return app.Nav().
		Class("sc-langs").
		Aria("label", i18n.T(s.Locale, i18n.LanguageLabel)).
		Body(app.Range(content.Locales).Slice(func(i int) app.UI {
			l := content.Locales[i]
			a := app.A().
				Class("sc-lang").
				Href(path + "?lang=" + l).
				Lang(l).
				Text(i18n.Name(l))
			if l == s.Locale {
				a = a.Aria("current", "page")
			}
			return a
		}))
}
