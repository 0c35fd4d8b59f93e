package content

import (
	"errors"
	"testing"
)

func TestChooseTemplate(t *testing.T) {
	tests := []struct {
		name            string
		playlist, slide string
		picture, coupon bool
		want            string
	}{
		{"auto with a picture", "", "", true, false, TemplateSplit},
		{"auto without a picture", TemplateAuto, "", false, false, TemplateBrand},
		{"auto with a coupon", "", "", true, true, TemplateCoupon},
		{"playlist's picture", TemplatePicture, "", true, false, TemplatePicture},
		{"slide's own wins", TemplatePicture, TemplateBrand, true, false, TemplateBrand},
		{"slide's auto wins over the playlist's", TemplateBrand, TemplateAuto, true, false, TemplateSplit},
		{"picture without one", TemplatePicture, "", false, false, TemplateBrand},
		{"split without a picture", "", TemplateSplit, false, true, TemplateBrand},
		{"coupon without one", TemplateCoupon, "", true, false, TemplateSplit},
		{"coupon without one or picture", TemplateCoupon, "", false, false, TemplateBrand},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ChooseTemplate(tt.playlist, tt.slide, tt.picture, tt.coupon); got != tt.want {
				t.Errorf("ChooseTemplate(%q, %q, %v, %v) = %q; want %q", tt.playlist, tt.slide, tt.picture, tt.coupon, got, tt.want)
			}
		})
	}
}

func TestPlaylistTemplateValidate(t *testing.T) {
	promo := func(tpl string) Slide {
		return Slide{ID: "a", Kind: SlidePromotion, Promotion: "p1", Seconds: 8, Template: tpl}
	}
	tests := []struct {
		name  string
		p     Playlist
		field string // "" when valid
	}{
		{"default", Playlist{Name: "x", Layout: LayoutFull, Slides: []Slide{promo("")}}, ""},
		{"every template", Playlist{Name: "x", Layout: LayoutZones, Template: TemplateBrand, Slides: []Slide{promo(TemplatePicture)}}, ""},
		{"bad playlist template", Playlist{Name: "x", Layout: LayoutFull, Template: "fancy"}, "template"},
		{"bad slide template", Playlist{Name: "x", Layout: LayoutFull, Slides: []Slide{promo("Split")}}, "slides[0].template"},
		{"template on a clock", Playlist{Name: "x", Layout: LayoutFull, Slides: []Slide{{ID: "c", Kind: SlideClock, Seconds: 5, Template: TemplateBrand}}}, "slides[0].template"},
		{"bad layout", Playlist{Name: "x", Layout: "grid"}, "layout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.Validate()
			var fe *FieldError
			got := ""
			if errors.As(err, &fe) {
				got = fe.Field
			} else if err != nil {
				t.Fatalf("Validate = %v; want a FieldError", err)
			}
			if got != tt.field {
				t.Errorf("Validate field = %q; want %q", got, tt.field)
			}
		})
	}
}
