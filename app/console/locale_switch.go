package console

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

// LocaleSwitch picks the console's language, each named in itself.
type LocaleSwitch struct {
	app.Compo
	Locale string
	OnPick func(ctx app.Context, locale string)
}

func (s *LocaleSwitch) Render() app.UI {
	return app.Footer().Class("cs-foot").Body(
		app.Div().Class("cs-langs").Attr("role", "group").Aria("label", i18n.T(s.Locale, i18n.LanguageLabel)).Body(
			app.Range(content.Locales).Slice(func(i int) app.UI {
				l := content.Locales[i]
				return app.Button().Type("button").Class("cs-btn cs-lang").Lang(l).
					Aria("pressed", strconv.FormatBool(l == s.Locale)).Text(i18n.Name(l)).
					OnClick(func(ctx app.Context, e app.Event) {
						if s.OnPick != nil {
							s.OnPick(ctx, l)
						}
					})
			}),
		),
	)
}
