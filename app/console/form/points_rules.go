package form

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"storecast/app/i18n"
	"storecast/app/rest"
)

// PointsRulesDraft is the earning rules editor's inputs, as typed.
type PointsRulesDraft struct {
	PerYuan, Cap, Expiry string // Cap blank: no cap
	Categories           []PointsCategoryRow
	Campaigns            []PointsCampaignRow
}

// PointsCategoryRow is one category's multiplier, in percent.
type PointsCategoryRow struct{ ID, Percent string }

// PointsCampaignRow is one campaign: its id, multiplier in percent and
// when it runs (datetime-local, on the store's clock).
type PointsCampaignRow struct{ ID, Percent, From, To string }

// NewPointsRulesDraft fills the editor from the rules in force;
// categories in id order, so the form reads the same every time.
func NewPointsRulesDraft(r rest.PointsRules, loc *time.Location) PointsRulesDraft {
	f := PointsRulesDraft{PerYuan: strconv.Itoa(r.PointsPerYuan), Expiry: strconv.Itoa(r.ExpiryDays)}
	if r.CapPerReceipt > 0 {
		f.Cap = strconv.FormatInt(r.CapPerReceipt, 10)
	}
	ids := make([]string, 0, len(r.Categories))
	for id := range r.Categories {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		f.Categories = append(f.Categories, PointsCategoryRow{ID: id, Percent: strconv.Itoa(r.Categories[id])})
	}
	for _, c := range r.Campaigns {
		f.Campaigns = append(f.Campaigns, PointsCampaignRow{ID: c.ID, Percent: strconv.Itoa(c.Percent),
			From: c.From.In(loc).Format(dateLayout), To: c.To.In(loc).Format(dateLayout)})
	}
	return f
}

// Fields is the editor's field order, for focusing the first problem.
// A row's fields are named "categories.N.id", "campaigns.N.percent".
func (f PointsRulesDraft) Fields() []string {
	out := []string{"points_per_yuan", "expiry_days", "cap_per_receipt", "categories"}
	for i := range f.Categories {
		out = append(out, rowField("categories", i, "id"), rowField("categories", i, "percent"))
	}
	out = append(out, "campaigns")
	for i := range f.Campaigns {
		for _, n := range []string{"id", "percent", "from", "to"} {
			out = append(out, rowField("campaigns", i, n))
		}
	}
	return append(out, "")
}

func rowField(list string, i int, name string) string { return fmt.Sprintf("%s.%d.%s", list, i, name) }

// Input checks the form as the server will, and builds the rules.
func (f PointsRulesDraft) Input(loc *time.Location) (rest.PointsRules, Problems) {
	ps := Problems{}
	r := rest.PointsRules{}
	r.PointsPerYuan = whole(ps, "points_per_yuan", f.PerYuan, 0, rest.PointsMaxPerYuan)
	r.ExpiryDays = whole(ps, "expiry_days", f.Expiry, 1, rest.PointsMaxExpiryDays)
	if strings.TrimSpace(f.Cap) != "" {
		r.CapPerReceipt = int64(whole(ps, "cap_per_receipt", f.Cap, 0, rest.PointsMax))
	}
	for i, c := range f.Categories {
		id := strings.TrimSpace(c.ID)
		_, twice := r.Categories[id]
		switch {
		case !rest.PointsRuleID.MatchString(id):
			ps[rowField("categories", i, "id")] = problem(i18n.ConsoleErrPointsRuleID)
		case twice:
			ps[rowField("categories", i, "id")] = problem(i18n.ConsoleErrPointsRuleIDTwice)
		}
		if r.Categories == nil {
			r.Categories = map[string]int{}
		}
		r.Categories[id] = whole(ps, rowField("categories", i, "percent"), c.Percent, 0, rest.PointsMaxPercent)
	}
	seen := map[string]bool{}
	for i, c := range f.Campaigns {
		r.Campaigns = append(r.Campaigns, f.campaign(ps, i, c, seen, loc))
	}
	if len(ps) > 0 {
		return rest.PointsRules{}, ps
	}
	return r, nil
}

func (f PointsRulesDraft) campaign(ps Problems, i int, c PointsCampaignRow, seen map[string]bool, loc *time.Location) rest.PointsCampaign {
	out := rest.PointsCampaign{ID: strings.TrimSpace(c.ID)}
	switch {
	case !rest.PointsRuleID.MatchString(out.ID):
		ps[rowField("campaigns", i, "id")] = problem(i18n.ConsoleErrPointsRuleID)
	case seen[out.ID]:
		ps[rowField("campaigns", i, "id")] = problem(i18n.ConsoleErrPointsRuleIDTwice)
	}
	seen[out.ID] = true
	out.Percent = whole(ps, rowField("campaigns", i, "percent"), c.Percent, 0, rest.PointsMaxPercent)
	from := DateInput(ps, rowField("campaigns", i, "from"), c.From, loc)
	to := DateInput(ps, rowField("campaigns", i, "to"), c.To, loc)
	switch {
	case from == nil && strings.TrimSpace(c.From) == "":
		ps[rowField("campaigns", i, "from")] = problem(i18n.ConsoleErrRequired)
	case to == nil && strings.TrimSpace(c.To) == "":
		ps[rowField("campaigns", i, "to")] = problem(i18n.ConsoleErrRequired)
	case from != nil && to != nil && !to.After(*from):
		ps[rowField("campaigns", i, "to")] = problem(i18n.ConsoleErrValidTo)
	}
	if from != nil {
		out.From = *from
	}
	if to != nil {
		out.To = *to
	}
	return out
}

// Refused says the server's refusal of the rules next to the row it
// names, in our words: the server names a category by its id
// ("categories.fresh") and a campaign by its place ("campaigns[2].to").
func (f PointsRulesDraft) Refused(d rest.ErrorDetail, status, retryAfter int) Problems {
	switch d.Code {
	case "rules_at_hq":
		return Problems{"": problem(i18n.ConsoleErrRulesAtHQ)}
	case "invalid":
	default:
		return Refused(d, status, retryAfter)
	}
	field := d.Field
	if id, ok := strings.CutPrefix(d.Field, "categories."); ok {
		for i, c := range f.Categories {
			if strings.TrimSpace(c.ID) == id {
				field = rowField("categories", i, "percent")
			}
		}
	}
	var i int
	var name string
	if n, _ := fmt.Sscanf(strings.Replace(d.Field, "].", "] ", 1), "campaigns[%d] %s", &i, &name); n == 2 {
		field = rowField("campaigns", i, name)
	}
	switch {
	case field == "points_per_yuan":
		return Problems{field: problem(i18n.ConsoleErrWhole, "Min", 0, "Max", rest.PointsMaxPerYuan)}
	case field == "expiry_days":
		return Problems{field: problem(i18n.ConsoleErrWhole, "Min", 1, "Max", rest.PointsMaxExpiryDays)}
	case field == "cap_per_receipt":
		return Problems{field: problem(i18n.ConsoleErrWhole, "Min", 0, "Max", rest.PointsMax)}
	case strings.HasSuffix(field, ".percent"):
		return Problems{field: problem(i18n.ConsoleErrWhole, "Min", 0, "Max", rest.PointsMaxPercent)}
	case strings.HasSuffix(field, ".id"), field == "categories":
		return Problems{field: problem(i18n.ConsoleErrPointsRuleID)}
	case strings.HasSuffix(field, ".to"):
		return Problems{field: problem(i18n.ConsoleErrValidTo)}
	}
	return Problems{field: Refused(d, status, retryAfter)[d.Field]}
}
