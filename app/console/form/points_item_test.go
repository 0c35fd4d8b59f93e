package form

import (
	"testing"

	"storecast/app/i18n"
	"storecast/app/rest"
)

func TestPointsItemDraft(t *testing.T) {
	tests := []struct {
		name  string
		draft PointsItemDraft
		want  string
	}{
		{"good", PointsItemDraft{Campaign: "c1", Price: " 150 "}, ""},
		{"no campaign", PointsItemDraft{Price: "150"}, "campaign=" + i18n.ConsoleErrPointsCampaign},
		{"free", PointsItemDraft{Campaign: "c1", Price: "0"}, "price=" + i18n.ConsoleErrWhole},
		{"yuan", PointsItemDraft{Campaign: "c1", Price: "1.50"}, "price=" + i18n.ConsoleErrWhole},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, ps := tt.draft.Input()
			if problemIDs(ps) != tt.want {
				t.Fatalf("problems = %q; want %q", problemIDs(ps), tt.want)
			}
			if tt.want == "" && (in.Campaign != "c1" || in.Price != 150) {
				t.Errorf("Input = %+v; want c1 for 150", in)
			}
		})
	}
	if d := NewPointsItemDraft(rest.PointsItem{ID: "i1", Campaign: "c1", Price: 80}); d.Price != "80" || d.Campaign != "c1" {
		t.Errorf("draft of an item = %+v", d)
	}
	// The server's "price" is a product's yuan elsewhere; here it is points.
	if got := problemIDs(PointsItemDraft{}.Refused(rest.ErrorDetail{Code: "invalid", Field: "price"}, 422, 0)); got != "price="+i18n.ConsoleErrWhole {
		t.Errorf("refused price = %q; want a whole number of points", got)
	}
}
