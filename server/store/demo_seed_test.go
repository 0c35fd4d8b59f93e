package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"storecast/app/content"
)

func TestSeedDemoOnce(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	var asked []string
	images := func(name string) (string, error) {
		asked = append(asked, name)
		if name == "towels" {
			return "", nil // no image: the promotion goes without one
		}
		return content.MediaPrefix + strings.Repeat("ab", 32) + ".jpg", nil
	}

	seeded, err := s.SeedDemo(ctx, images)
	if err != nil || !seeded {
		t.Fatalf("first SeedDemo = %v, %v; want true, nil", seeded, err)
	}
	ps, err := s.Promotions(ctx)
	if err != nil || len(ps) != 7 {
		t.Fatalf("Promotions = %d, %v; want 7", len(ps), err)
	}
	withImage := 0
	for _, p := range ps {
		if err := p.Validate(); err != nil {
			t.Errorf("demo promotion %v invalid: %v", p.Title, err)
		}
		for _, l := range content.Locales {
			if p.Title[l] == "" || p.Body[l] == "" {
				t.Errorf("demo promotion %v lacks %s text", p.Title, l)
			}
		}
		if p.Image != "" {
			withImage++
		}
	}
	if withImage != 6 {
		t.Errorf("%d demo promotions have images; want 6", withImage)
	}
	if want := "strawberries oranges milk tomatoes rice bread towels logo"; strings.Join(asked, " ") != want {
		t.Errorf("images asked for %v; want %v", asked, want)
	}
	// A playlist of them, in every template but coupon, not the default:
	// until staff choose, screens rotate every live promotion.
	pls, err := s.Playlists(ctx)
	if err != nil || len(pls) != 1 {
		t.Fatalf("Playlists = %d, %v; want the demo one", len(pls), err)
	}
	if err := pls[0].Validate(); err != nil || pls[0].Layout != content.LayoutZones || len(pls[0].Slides) != len(ps) {
		t.Errorf("demo playlist = %+v, %v; want every demo promotion, zones layout, valid", pls[0], err)
	}
	byID := map[string]content.Promotion{}
	for _, p := range ps {
		byID[p.ID] = p
	}
	templates := map[string]bool{}
	for _, sl := range pls[0].Slides {
		p, ok := byID[sl.Promotion]
		if !ok {
			t.Errorf("demo slide %s names promotion %q, not a demo one", sl.ID, sl.Promotion)
		}
		templates[content.ChooseTemplate(pls[0].Template, sl.Template, p.Image != "", false)] = true
	}
	for _, want := range []string{content.TemplatePicture, content.TemplateSplit, content.TemplateBrand} {
		if !templates[want] {
			t.Errorf("demo playlist draws no slide as %s: %v", want, templates)
		}
	}
	if info, err := s.StoreInfo(ctx); err != nil || info.DefaultPlaylist != "" {
		t.Errorf("default playlist = %q, %v; want none", info.DefaultPlaylist, err)
	}
	// The demo store has a brand of its own, in every language.
	b, err := s.Brand(ctx)
	if err != nil || b.Validate() != nil || b.Logo == "" {
		t.Errorf("demo Brand = %+v, %v; want a valid brand with a logo", b, err)
	}
	for _, l := range content.Locales {
		if b.Name[l] == "" {
			t.Errorf("the demo brand has no %s name", l)
		}
	}

	// Staff deleted one; neither a second call nor a restart brings demos back.
	if err := s.DeletePromotion(ctx, ps[0].ID); err != nil {
		t.Fatal(err)
	}
	if seeded, err := s.SeedDemo(ctx, images); err != nil || seeded {
		t.Errorf("second SeedDemo = %v, %v; want false, nil", seeded, err)
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if seeded, err := s2.SeedDemo(ctx, images); err != nil || seeded {
		t.Errorf("SeedDemo after reopen = %v, %v; want false, nil", seeded, err)
	}
	if ps, _ := s2.Promotions(ctx); len(ps) != 6 {
		t.Errorf("Promotions after reseed attempts = %d; want 6", len(ps))
	}
}

func TestSeedDemoImageErrorSeedsNothing(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	boom := errors.New("disk full")
	seeded, err := s.SeedDemo(ctx, func(name string) (string, error) {
		if name == "rice" {
			return "", boom
		}
		return "", nil
	})
	if seeded || !errors.Is(err, boom) {
		t.Fatalf("SeedDemo = %v, %v; want false, %v", seeded, err, boom)
	}
	if ps, _ := s.Promotions(ctx); len(ps) != 0 {
		t.Errorf("Promotions = %d after failed seed; want 0", len(ps))
	}
	if seeded, err := s.SeedDemo(ctx, func(string) (string, error) { return "", nil }); err != nil || !seeded {
		t.Errorf("SeedDemo retry = %v, %v; want true, nil", seeded, err)
	}
}
