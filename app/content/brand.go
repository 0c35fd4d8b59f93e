package content

import (
	"fmt"
	"path"

	"storecast/app/palette"
)

// Brand is how the store presents itself on every screen: its name in
// each language, its logo and its two colours. A store without one shows
// the product's name and colours.
type Brand struct {
	Name   Text   `json:"name"`
	Logo   string `json:"logo,omitempty"` // a media URL of a PNG, JPEG or WebP image
	Color  string `json:"color"`          // #rrggbb: headers and buttons
	Accent string `json:"accent"`         // #rrggbb: a stripe beside it
}

// OpBrandUpdate is the event carrying the whole Brand (Event.Brand).
const OpBrandUpdate = "brand.update"

// MaxBrandNameRunes bounds a store's name in one language: it shares a
// header line with the navigation.
const MaxBrandNameRunes = 40

// Validate checks the brand as staff wrote it; the first problem is a
// *FieldError.
func (b *Brand) Validate() error {
	if err := validText("name", b.Name, MaxBrandNameRunes, true); err != nil {
		return err
	}
	if b.Logo != "" && !LogoURL(b.Logo) {
		return &FieldError{"logo", "must be a media URL of a PNG, JPEG or WebP image (upload it to /api/v1/brand/logo)"}
	}
	for _, c := range []struct{ field, v string }{{"color", b.Color}, {"accent", b.Accent}} {
		if _, err := palette.Parse(c.v); err != nil {
			return &FieldError{c.field, fmt.Sprintf("must be a colour written #rrggbb, not %q", c.v)}
		}
	}
	return nil
}

// LogoURL reports whether u is a media URL a logo may have: a still
// image, never a video or an animation.
func LogoURL(u string) bool {
	if !ValidMediaURL(u) {
		return false
	}
	switch path.Ext(u) {
	case ".png", ".jpg", ".webp":
		return true
	}
	return false
}

// applyBrand applies a brand.update; handled is false for any other op.
func (s *Snapshot) applyBrand(e Event) (handled bool, err error) {
	if e.Op != OpBrandUpdate {
		return false, nil
	}
	if e.Brand == nil {
		return true, fmt.Errorf("content: %s without a brand", e.Op)
	}
	b := *e.Brand
	s.Brand = &b
	return true, nil
}
