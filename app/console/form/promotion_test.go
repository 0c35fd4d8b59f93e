package form

import (
	"slices"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
)

func TestPromotionDraftInput(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	good := PromotionDraft{Title: [3]string{"牛奶", "", " Milk "}, Price: "12.90", WasPrice: "15", Priority: "50",
		From: "2026-11-27T08:00", To: "2026-11-30T22:00", Image: "/media/x.png", Category: "dairy"}
	in, ps := good.Input(shanghai)
	if len(ps) > 0 {
		t.Fatalf("good draft: problems %s", problemIDs(ps))
	}
	if in.Price == nil || *in.Price != 1290 || in.WasPrice != 1500 || in.Priority != 50 || in.Category != "dairy" {
		t.Errorf("Input = %+v; want price 1290, was 1500, priority 50, category kept", in)
	}
	if got := in.Title; len(got) != 2 || got["en"] != "Milk" || got["zh-Hans"] != "牛奶" {
		t.Errorf("Title = %v; want trimmed zh-Hans and en only", got)
	}
	if want := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC); !in.ValidFrom.Equal(want) {
		t.Errorf("ValidFrom = %v; want %v (08:00 in the browser's zone)", in.ValidFrom, want)
	}

	tests := []struct {
		name   string
		change func(*PromotionDraft)
		want   string
	}{
		{"no title", func(d *PromotionDraft) { d.Title = [3]string{" ", "", ""} }, "title=" + i18n.ConsoleErrTitleRequired},
		{"long title", func(d *PromotionDraft) { d.Title[2] = strings.Repeat("x", 121) }, "title.en=" + i18n.ConsoleErrTooLong},
		{"comma price", func(d *PromotionDraft) { d.Price = "12,9" }, "price=" + i18n.ConsoleErrPriceFormat},
		{"no price", func(d *PromotionDraft) { d.Price = "" }, "price=" + i18n.ConsoleErrPriceEmpty},
		{"negative", func(d *PromotionDraft) { d.Price = "-1" }, "price=" + i18n.ConsoleErrPriceFormat},
		{"exponent", func(d *PromotionDraft) { d.Price = "1e3" }, "price=" + i18n.ConsoleErrPriceFormat},
		{"huge", func(d *PromotionDraft) { d.Price = "2000000" }, "price=" + i18n.ConsoleErrPriceRange},
		{"was lower", func(d *PromotionDraft) { d.WasPrice = "12.90" }, "was_price=" + i18n.ConsoleErrWasPriceHigher},
		{"was garbage", func(d *PromotionDraft) { d.WasPrice = "abc" }, "was_price=" + i18n.ConsoleErrPriceFormat},
		{"ends first", func(d *PromotionDraft) { d.To = "2026-11-26T08:00" }, "valid_to=" + i18n.ConsoleErrValidTo},
		{"bad date", func(d *PromotionDraft) { d.From = "tomorrow" }, "valid_from=" + i18n.ConsoleErrDate},
		{"priority", func(d *PromotionDraft) { d.Priority = "1001" }, "priority=" + i18n.ConsoleErrPriority},
		{"no groups named", func(d *PromotionDraft) { d.ToGroups, d.Groups = true, " ，, " }, "groups=" + i18n.ConsoleErrGroupsRequired},
		{"long group", func(d *PromotionDraft) { d.ToGroups, d.Groups = true, "A, "+strings.Repeat("g", 41) }, "groups=" + i18n.ConsoleErrGroups},
		{"two at once", func(d *PromotionDraft) { d.Price, d.Priority = "x", "-3" },
			"price=" + i18n.ConsoleErrPriceFormat + " priority=" + i18n.ConsoleErrPriority},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			if _, ps := d.Input(shanghai); problemIDs(ps) != tt.want {
				t.Errorf("problems = %q; want %q", problemIDs(ps), tt.want)
			}
		})
	}
}

func TestPromotionDraftGroups(t *testing.T) {
	d := PromotionDraft{Title: [3]string{"", "", "Milk"}, Price: "5.90", Groups: "A，入口, A"}
	if in, ps := d.Input(time.UTC); len(ps) > 0 || in.Groups != nil {
		t.Fatalf("whole store chosen: groups %q, problems %s; want none (the typed groups are ignored)", in.Groups, problemIDs(ps))
	}
	d.ToGroups = true
	in, ps := d.Input(time.UTC)
	if want := []string{"A", "入口"}; len(ps) > 0 || !slices.Equal(in.Groups, want) {
		t.Fatalf("groups %q, problems %s; want %q", in.Groups, problemIDs(ps), want)
	}

	p := content.Promotion{ID: "p1", Title: content.Text{"en": "Milk"}, Price: 590, Groups: []string{"A", "入口"}}
	back := NewPromotionDraft(p, time.UTC)
	if !back.ToGroups || back.Groups != "A, 入口" {
		t.Fatalf("draft of a promotion for groups = %v %q; want some groups, \"A, 入口\"", back.ToGroups, back.Groups)
	}
	if in, _ := back.Input(time.UTC); !slices.Equal(in.Groups, p.Groups) {
		t.Errorf("round trip groups = %q; want %q", in.Groups, p.Groups)
	}
	if every := NewPromotionDraft(content.Promotion{ID: "p2"}, time.UTC); every.ToGroups {
		t.Error("a promotion for every screen opens with some groups chosen; want the whole store")
	}
}

func TestPromotionDraftRoundTrip(t *testing.T) {
	from := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	p := content.Promotion{ID: "p1", Title: content.Text{"en": "Milk"}, Price: 590, WasPrice: 890, Priority: 7, ValidFrom: &from}
	in, ps := NewPromotionDraft(p, time.UTC).Input(time.UTC)
	if len(ps) > 0 {
		t.Fatalf("problems %s", problemIDs(ps))
	}
	if in.Price == nil || *in.Price != 590 || in.WasPrice != 890 || in.Priority != 7 || !in.ValidFrom.Equal(from) || in.ValidTo != nil {
		t.Errorf("round trip = %+v; want the promotion back", in)
	}
}
