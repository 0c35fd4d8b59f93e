package console

import (
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// pointsRulesSummary shows the earning rules read-only, as a list of
// terms: what a chain store's staff see of head office's rules.
func pointsRulesSummary(l string, r rest.PointsRules) app.UI {
	terms := [][2]string{
		{i18n.T(l, i18n.ConsolePtPerYuan), strconv.Itoa(r.PointsPerYuan)},
		{i18n.T(l, i18n.ConsolePtExpiry), strconv.Itoa(r.ExpiryDays)},
		{i18n.T(l, i18n.ConsolePtCap), capText(l, r.CapPerReceipt)},
	}
	ids := make([]string, 0, len(r.Categories))
	for id := range r.Categories {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		terms = append(terms, [2]string{id, strconv.Itoa(r.Categories[id]) + "%"})
	}
	for _, c := range r.Campaigns {
		terms = append(terms, [2]string{c.ID, strconv.Itoa(c.Percent) + "% · " + stamp(l, c.From) + " – " + stamp(l, c.To)})
	}
	return app.Dl().ID("rules-summary").Class("cs-pt-summary").Body(app.Range(terms).Slice(func(i int) app.UI {
		return app.Div().Body(app.Dt().Text(terms[i][0]), app.Dd().Text(terms[i][1]))
	}))
}

func capText(l string, c int64) string {
	if c <= 0 {
		return i18n.T(l, i18n.ConsolePtNoCap)
	}
	return strconv.FormatInt(c, 10)
}
