package content

import (
	"errors"
	"strings"
	"testing"
)

const logo = "/media/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.png"

func TestBrandValidate(t *testing.T) {
	good := func() Brand {
		return Brand{Name: Text{LocaleZhHans: "鲜果便利", LocaleEn: "Fresh Corner"}, Logo: logo, Color: "#ffff00", Accent: "#0B5D3B"}
	}
	for _, tc := range []struct {
		name  string
		edit  func(*Brand)
		field string
	}{
		{"good", func(*Brand) {}, ""},
		{"no logo", func(b *Brand) { b.Logo = "" }, ""},
		{"no name", func(b *Brand) { b.Name = Text{} }, "name"},
		{"unknown locale", func(b *Brand) { b.Name["fr"] = "Coin frais" }, "name"},
		{"long name", func(b *Brand) { b.Name[LocaleEn] = strings.Repeat("x", MaxBrandNameRunes+1) }, "name.en"},
		{"colour name", func(b *Brand) { b.Color = "yellow" }, "color"},
		{"short colour", func(b *Brand) { b.Color = "#ff0" }, "color"},
		{"no accent", func(b *Brand) { b.Accent = "" }, "accent"},
		{"svg logo", func(b *Brand) { b.Logo = strings.TrimSuffix(logo, ".png") + ".svg" }, "logo"},
		{"gif logo", func(b *Brand) { b.Logo = strings.TrimSuffix(logo, ".png") + ".gif" }, "logo"},
		{"video logo", func(b *Brand) { b.Logo = strings.TrimSuffix(logo, ".png") + ".mp4" }, "logo"},
		{"foreign logo", func(b *Brand) { b.Logo = "https://example.com/logo.png" }, "logo"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := good()
			tc.edit(&b)
			err := b.Validate()
			var fe *FieldError
			switch {
			case tc.field == "" && err != nil:
				t.Errorf("Validate() = %v; want nil", err)
			case tc.field != "" && (!errors.As(err, &fe) || fe.Field != tc.field):
				t.Errorf("Validate() = %v; want a problem with %q", err, tc.field)
			}
		})
	}
}

func TestApplyBrand(t *testing.T) {
	var s Snapshot
	b := &Brand{Name: Text{LocaleEn: "Fresh Corner"}, Color: "#ffff00", Accent: "#000000"}
	if err := s.Apply(Event{Op: OpBrandUpdate, Brand: b}); err != nil {
		t.Fatal(err)
	}
	b.Color = "#000000" // the snapshot holds its own copy
	if s.Brand == nil || s.Brand.Color != "#ffff00" {
		t.Errorf("Brand = %+v; want the applied one, colour #ffff00", s.Brand)
	}
	if err := s.Apply(Event{Op: OpBrandUpdate}); err == nil {
		t.Error("Apply(brand.update without a brand) = nil; want an error")
	}
}
