package console

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

// templateLabels name the slide templates but automatic, whose label
// depends on where it is chosen.
var templateLabels = map[string]string{
	content.TemplatePicture: i18n.ConsoleSgTemplatePicture,
	content.TemplateSplit:   i18n.ConsoleSgTemplateSplit,
	content.TemplateBrand:   i18n.ConsoleSgTemplateBrand,
	content.TemplateCoupon:  i18n.ConsoleSgTemplateCoupon,
}

// templatePick is a <select> of the slide templates; the empty choice,
// named by unset, is automatic on a playlist and the playlist's on a
// slide.
func (e *PlaylistEditor) templatePick(fl field, value, unset string, to *string) app.UI {
	l := e.Locale
	if value == content.TemplateAuto && unset == i18n.ConsoleSgTemplateAuto {
		value = ""
	}
	opts := make([][2]string, 0, len(content.Templates))
	if unset != i18n.ConsoleSgTemplateAuto {
		opts = append(opts, [2]string{content.TemplateAuto, i18n.T(l, i18n.ConsoleSgTemplateAuto)})
	}
	for _, t := range content.Templates[1:] {
		opts = append(opts, [2]string{t, i18n.T(l, templateLabels[t])})
	}
	return e.choose(fl, value, i18n.T(l, unset), opts, to)
}
