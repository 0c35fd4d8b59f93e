package form

import (
	"reflect"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/i18n"
)

func TestPlaylistDraft(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	d := PlaylistDraft{Name: " Lunch ", Layout: content.LayoutTicker}
	text := NewSlide(content.SlideText, now)
	text.Text[2] = "Soup of the day"
	clock := NewSlide(content.SlideClock, now)
	clock.Seconds = "5"
	d.Slides = []SlideDraft{text, clock}
	if !d.Move(1, -1) || d.Move(0, -1) || d.Move(1, 1) {
		t.Fatal("Move at the ends")
	}
	p, ps := d.Playlist()
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	if p.Name != "Lunch" || len(p.Slides) != 2 || p.Slides[0].Kind != content.SlideClock || p.Slides[1].Text["en"] != "Soup of the day" {
		t.Errorf("Playlist() = %+v", p)
	}
	if p.Slides[0].ID == p.Slides[1].ID {
		t.Error("slide ids repeat")
	}
	if err := p.Validate(); err != nil {
		t.Errorf("the server would refuse it: %v", err)
	}
	if back := NewPlaylistDraft(p); !reflect.DeepEqual(back.Slides, d.Slides) {
		t.Errorf("round trip = %+v; want %+v", back.Slides, d.Slides)
	}

	bad := PlaylistDraft{Slides: []SlideDraft{
		{ID: "a", Kind: content.SlideText, Seconds: "8"},
		{ID: "b", Kind: content.SlideImage, Seconds: "0"},
		{ID: "c", Kind: content.SlideVideo, Seconds: "0"},
		{ID: "d", Kind: content.SlidePromotion, Seconds: "8"},
	}}
	_, ps = bad.Playlist()
	want := "name=" + i18n.ConsoleSgErrName + " slides[0].text=" + i18n.ConsoleSgErrText + " slides[1].media=" + i18n.ConsoleSgErrMedia +
		" slides[1].seconds=" + i18n.ConsoleSgErrSeconds + " slides[2].media=" + i18n.ConsoleSgErrMedia + " slides[3].promotion=" + i18n.ConsoleSgErrPick
	if got := problemIDs(ps); got != want {
		t.Errorf("problems = %s; want %s", got, want)
	}
}

// The playlist's and a promotion slide's templates go to the server and
// come back; the server's validation accepts what the editor offers.
func TestPlaylistDraftTemplates(t *testing.T) {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	promo := NewSlide(content.SlidePromotion, now)
	promo.Promotion, promo.Template = "p1", content.TemplatePicture
	d := PlaylistDraft{Name: "Offers", Layout: content.LayoutZones, Template: content.TemplateBrand, Slides: []SlideDraft{promo}}
	p, ps := d.Playlist()
	if len(ps) > 0 {
		t.Fatalf("problems: %v", ps)
	}
	if p.Template != content.TemplateBrand || p.Layout != content.LayoutZones || p.Slides[0].Template != content.TemplatePicture {
		t.Errorf("Playlist() = template %q, layout %q, slide template %q; want brand, zones, picture", p.Template, p.Layout, p.Slides[0].Template)
	}
	if err := p.Validate(); err != nil {
		t.Errorf("the server would refuse it: %v", err)
	}
	if back := NewPlaylistDraft(p); back.Template != d.Template || !reflect.DeepEqual(back.Slides, d.Slides) {
		t.Errorf("round trip = %+v; want %+v", back, d)
	}
}
