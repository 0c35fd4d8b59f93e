package form

import (
	"testing"
	"time"

	"storecast/app/i18n"
	"storecast/app/rest"
)

var shanghai = time.FixedZone("CST", 8*3600)

func TestPointsRulesDraftRoundTrip(t *testing.T) {
	from := time.Date(2026, 3, 1, 8, 0, 0, 0, shanghai)
	r := rest.PointsRules{PointsPerYuan: 2, ExpiryDays: 365, CapPerReceipt: 5000,
		Categories: map[string]int{"fresh": 200, "bakery": 0},
		Campaigns:  []rest.PointsCampaign{{ID: "spring", Percent: 150, From: from, To: from.Add(72 * time.Hour)}}}
	d := NewPointsRulesDraft(r, shanghai)
	if d.Categories[0].ID != "bakery" || d.Campaigns[0].From != "2026-03-01T08:00" {
		t.Fatalf("draft = %+v; want categories by id and dates on the store's clock", d)
	}
	got, ps := d.Input(shanghai)
	if len(ps) > 0 {
		t.Fatalf("problems = %s; want none", problemIDs(ps))
	}
	if got.PointsPerYuan != 2 || got.CapPerReceipt != 5000 || got.Categories["bakery"] != 0 || got.Categories["fresh"] != 200 ||
		!got.Campaigns[0].From.Equal(from) || !got.Campaigns[0].To.Equal(from.Add(72*time.Hour)) {
		t.Errorf("Input = %+v; want %+v", got, r)
	}
	if d := NewPointsRulesDraft(rest.PointsRules{PointsPerYuan: 1, ExpiryDays: 30}, shanghai); d.Cap != "" {
		t.Errorf("no cap shows %q; want an empty field", d.Cap)
	}
}

func TestPointsRulesDraftInput(t *testing.T) {
	good := PointsRulesDraft{PerYuan: "1", Expiry: "365",
		Categories: []PointsCategoryRow{{ID: "fresh", Percent: "200"}},
		Campaigns:  []PointsCampaignRow{{ID: "spring", Percent: "150", From: "2026-03-01T08:00", To: "2026-03-04T08:00"}}}
	whole := func(field string) string { return field + "=" + i18n.ConsoleErrWhole }
	tests := []struct {
		name   string
		change func(*PointsRulesDraft)
		want   string
	}{
		{"full-width digits", func(d *PointsRulesDraft) { d.PerYuan = "２" }, ""},
		{"per yuan too high", func(d *PointsRulesDraft) { d.PerYuan = "101" }, whole("points_per_yuan")},
		{"no expiry", func(d *PointsRulesDraft) { d.Expiry = "0" }, whole("expiry_days")},
		{"cap not a number", func(d *PointsRulesDraft) { d.Cap = "lots" }, whole("cap_per_receipt")},
		{"category id", func(d *PointsRulesDraft) { d.Categories[0].ID = "Fresh Food" }, "categories.0.id=" + i18n.ConsoleErrPointsRuleID},
		{"category twice", func(d *PointsRulesDraft) {
			d.Categories = append(d.Categories, PointsCategoryRow{ID: "fresh", Percent: "100"})
		}, "categories.1.id=" + i18n.ConsoleErrPointsRuleIDTwice},
		{"category percent", func(d *PointsRulesDraft) { d.Categories[0].Percent = "1001" }, whole("categories.0.percent")},
		{"campaign twice", func(d *PointsRulesDraft) { d.Campaigns = append(d.Campaigns, d.Campaigns[0]) }, "campaigns.1.id=" + i18n.ConsoleErrPointsRuleIDTwice},
		{"campaign no end", func(d *PointsRulesDraft) { d.Campaigns[0].To = "" }, "campaigns.0.to=" + i18n.ConsoleErrRequired},
		{"campaign ends first", func(d *PointsRulesDraft) { d.Campaigns[0].To = "2026-02-01T08:00" }, "campaigns.0.to=" + i18n.ConsoleErrValidTo},
		{"campaign bad date", func(d *PointsRulesDraft) { d.Campaigns[0].From = "soon" }, "campaigns.0.from=" + i18n.ConsoleErrDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			d.Categories = append([]PointsCategoryRow(nil), good.Categories...)
			d.Campaigns = append([]PointsCampaignRow(nil), good.Campaigns...)
			tt.change(&d)
			if _, ps := d.Input(shanghai); problemIDs(ps) != tt.want {
				t.Errorf("problems = %q; want %q", problemIDs(ps), tt.want)
			}
		})
	}
}

func TestPointsRulesDraftRefused(t *testing.T) {
	d := PointsRulesDraft{Categories: []PointsCategoryRow{{ID: "dairy"}, {ID: "fresh"}}}
	tests := []struct {
		detail rest.ErrorDetail
		want   string
	}{
		{rest.ErrorDetail{Code: "invalid", Field: "points_per_yuan"}, "points_per_yuan=" + i18n.ConsoleErrWhole},
		{rest.ErrorDetail{Code: "invalid", Field: "categories.fresh"}, "categories.1.percent=" + i18n.ConsoleErrWhole},
		{rest.ErrorDetail{Code: "invalid", Field: "campaigns[2].to"}, "campaigns.2.to=" + i18n.ConsoleErrValidTo},
		{rest.ErrorDetail{Code: "invalid", Field: "campaigns[0].id"}, "campaigns.0.id=" + i18n.ConsoleErrPointsRuleID},
		{rest.ErrorDetail{Code: "rules_at_hq"}, "=" + i18n.ConsoleErrRulesAtHQ},
		{rest.ErrorDetail{Code: "forbidden"}, "=" + i18n.ConsoleErrForbidden},
	}
	for _, tt := range tests {
		if got := problemIDs(d.Refused(tt.detail, 422, 0)); got != tt.want {
			t.Errorf("Refused(%+v) = %q; want %q", tt.detail, got, tt.want)
		}
	}
}
