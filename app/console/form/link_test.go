package form

import (
	"slices"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/app/i18n"
)

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
