package console

import (
	"slices"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
)

// problemIDs flattens problems to field=id, sorted, for comparing.
func problemIDs(ps Problems) string {
	var out []string
	for f, p := range ps {
		out = append(out, f+"="+p.ID)
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

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

func TestOverrideDraftInput(t *testing.T) {
	good := OverrideDraft{Message: [3]string{"请从东门离开", "", ""}, Severity: content.SeverityEmergency, Minutes: "30"}
	in, ps := good.Input()
	if len(ps) > 0 || in.Minutes != 30 || in.Groups != nil || in.Message["zh-Hans"] == "" {
		t.Fatalf("good draft = %+v, %s", in, problemIDs(ps))
	}
	tests := []struct {
		name   string
		change func(*OverrideDraft)
		want   string
	}{
		{"no message", func(d *OverrideDraft) { d.Message = [3]string{} }, "message=" + i18n.ConsoleErrMessageRequired},
		{"severity", func(d *OverrideDraft) { d.Severity = "panic" }, "severity=" + i18n.ConsoleErrSeverity},
		{"zero minutes", func(d *OverrideDraft) { d.Minutes = "0" }, "expires_at=" + i18n.ConsoleErrMinutes},
		{"8 days", func(d *OverrideDraft) { d.Minutes = "11520" }, "expires_at=" + i18n.ConsoleErrMinutes},
		{"no groups", func(d *OverrideDraft) { d.ToGroups, d.Groups = true, " , " }, "groups=" + i18n.ConsoleErrGroupsRequired},
		{"long group", func(d *OverrideDraft) { d.ToGroups, d.Groups = true, strings.Repeat("g", 41) }, "groups=" + i18n.ConsoleErrGroups},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			if _, ps := d.Input(); problemIDs(ps) != tt.want {
				t.Errorf("problems = %q; want %q", problemIDs(ps), tt.want)
			}
		})
	}
}

func TestParseGroups(t *testing.T) {
	got := ParseGroups(" 入口，dairy, entrance、dairy\n;  ")
	if want := []string{"入口", "dairy", "entrance"}; !slices.Equal(got, want) {
		t.Errorf("ParseGroups = %q; want %q", got, want)
	}
}

func TestScreenDraftInput(t *testing.T) {
	in, ps := ScreenDraft{Code: "ab c-d2 3", Name: " Entrance ", Groups: "front"}.Input(true)
	if len(ps) > 0 || in.Code != "ABCD23" || in.Name != "Entrance" || !slices.Equal(in.Groups, []string{"front"}) {
		t.Fatalf("Input = %+v, %s; want code ABCD23, name trimmed", in, problemIDs(ps))
	}
	for _, tt := range []struct {
		d    ScreenDraft
		code bool
		want string
	}{
		{ScreenDraft{Code: "ABC", Name: "x"}, true, "code=" + i18n.ConsoleErrPairCode},
		{ScreenDraft{Code: "ABC!23", Name: "x"}, true, "code=" + i18n.ConsoleErrPairCode},
		{ScreenDraft{Name: "  "}, false, "name=" + i18n.ConsoleErrName},
		{ScreenDraft{Name: strings.Repeat("屏", 61)}, false, "name=" + i18n.ConsoleErrName},
		{ScreenDraft{Name: "x", Kind: "tv"}, false, "kind=" + i18n.ConsoleErrKind},
	} {
		if _, ps := tt.d.Input(tt.code); problemIDs(ps) != tt.want {
			t.Errorf("%+v: problems = %q; want %q", tt.d, problemIDs(ps), tt.want)
		}
	}
}

func TestStaffChecks(t *testing.T) {
	ps := Problems{}
	CheckUsername(ps, "a", "wang.li_2")
	CheckUsername(ps, "b", "王小明")
	CheckPassword(ps, "c", "correct horse")
	CheckRepeat(ps, "d", "same", "same")
	if len(ps) > 0 {
		t.Fatalf("good input: problems %s", problemIDs(ps))
	}
	CheckUsername(ps, "short", "x")
	CheckUsername(ps, "space", "wang li")
	CheckPassword(ps, "weak", "123456789")
	CheckPassword(ps, "long", strings.Repeat("密", 25)) // 75 bytes
	CheckRepeat(ps, "repeat", "a", "b")
	CheckRequired(ps, "blank", "  ")
	want := "blank=" + i18n.ConsoleErrRequired + " long=" + i18n.ConsoleErrPasswordLength +
		" repeat=" + i18n.ConsoleErrRepeat + " short=" + i18n.ConsoleErrUsername +
		" space=" + i18n.ConsoleErrUsername + " weak=" + i18n.ConsoleErrPasswordLength
	if got := problemIDs(ps); got != want {
		t.Errorf("problems = %q;\nwant %q", got, want)
	}
}

func TestLinkDraftInput(t *testing.T) {
	good := NewLinkDraft()
	good.Name, good.Groups = " Aisle 4 ", "aisles， dairy"
	in, ps := good.Input()
	if len(ps) > 0 {
		t.Fatalf("good draft: problems %s", problemIDs(ps))
	}
	if in.Name != "Aisle 4" || in.Kind != content.KindSignage || in.Hours != DefaultLinkHours ||
		!slices.Equal(in.Groups, []string{"aisles", "dairy"}) {
		t.Errorf("Input = %+v; want Aisle 4, signage, 24 h, two groups", in)
	}
	tests := []struct {
		name   string
		change func(*LinkDraft)
		want   string
	}{
		{"no name", func(d *LinkDraft) { d.Name = " " }, "name=" + i18n.ConsoleErrName},
		{"no kind", func(d *LinkDraft) { d.Kind = "" }, "kind=" + i18n.ConsoleErrKind},
		{"too long", func(d *LinkDraft) { d.Hours = "169" }, "hours=" + i18n.ConsoleErrHours},
		{"no hours", func(d *LinkDraft) { d.Hours = "" }, "hours=" + i18n.ConsoleErrHours},
		{"long group", func(d *LinkDraft) { d.Groups = strings.Repeat("g", content.MaxGroupRunes+1) }, "groups=" + i18n.ConsoleErrGroups},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := good
			tt.change(&d)
			if _, ps := d.Input(); problemIDs(ps) != tt.want {
				t.Errorf("problems = %q; want %q", problemIDs(ps), tt.want)
			}
		})
	}
}
