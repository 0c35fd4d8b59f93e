package console

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/i18n"
)

// powerHours says when the screens are on, group by group, as the store's
// power schedule has it (set with PUT /api/v1/power).
func powerHours(l string, p *content.Power) app.UI {
	text := i18n.T(l, i18n.ConsolePowerAlwaysOn)
	if p != nil && len(p.Schedules) > 0 {
		parts := make([]string, 0, len(p.Schedules))
		for _, s := range p.Schedules {
			who := s.Group
			if who == "" {
				who = i18n.T(l, i18n.ConsolePowerStore)
			}
			windows := make([]string, 0, len(s.Hours))
			for _, h := range s.Hours {
				windows = append(windows, daysLabel(l, h.Weekdays)+" "+h.Open+"–"+h.Close)
			}
			if len(windows) == 0 {
				windows = append(windows, i18n.T(l, i18n.ConsolePowerClosed))
			}
			parts = append(parts, who+": "+strings.Join(windows, i18n.T(l, i18n.ConsoleListSep)))
		}
		text = strings.Join(parts, " · ")
	}
	return app.P().Class("cs-meta cs-power-hours").Body(
		app.Span().Class("cs-term").Text(i18n.T(l, i18n.ConsolePowerHours)+" "),
		app.Span().Text(text),
	)
}
