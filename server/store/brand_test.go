package store

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"storecast/app/content"
)

func TestBrandSavedAndSentToScreens(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if _, err := s.Brand(ctx); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Brand on a new store: %v; want ErrNotFound", err)
	}
	want := content.Brand{
		Name:  content.Text{content.LocaleZhHans: "鲜果便利", content.LocaleEn: "Fresh Corner"},
		Logo:  content.MediaPrefix + strings.Repeat("cd", 32) + ".webp",
		Color: "#ffff00", Accent: "#0b5d3b",
	}
	if err := s.SetBrand(ctx, want); err != nil {
		t.Fatal(err)
	}

	// Refused, each with the field it names, and nothing changed.
	for _, tc := range []struct {
		field string
		edit  func(*content.Brand)
	}{
		{"color", func(b *content.Brand) { b.Color = "rgb(0,0,0)" }},
		{"accent", func(b *content.Brand) { b.Accent = "#12345" }},
		{"logo", func(b *content.Brand) { b.Logo = content.MediaPrefix + strings.Repeat("cd", 32) + ".svg" }},
		{"name", func(b *content.Brand) { b.Name = nil }},
	} {
		bad := want
		bad.Name = content.Text{content.LocaleEn: "Changed"}
		tc.edit(&bad)
		var fe *content.FieldError
		if err := s.SetBrand(ctx, bad); !errors.As(err, &fe) || fe.Field != tc.field {
			t.Errorf("SetBrand(bad %s) = %v; want a FieldError for %q", tc.field, err, tc.field)
		}
	}

	// Reopened from the file: what was saved, one brand.update for the
	// screens and one audit entry.
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s2.Close() })
	got, err := s2.Brand(ctx)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Brand after reopening = %+v, %v; want %+v", got, err, want)
	}
	ms, err := s2.Outbox(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var sent []content.Event
	for _, m := range ms {
		var e content.Event
		if err := json.Unmarshal(m.Data, &e); err != nil {
			t.Fatal(err)
		}
		if e.Op == content.OpBrandUpdate {
			sent = append(sent, e)
		}
	}
	if len(sent) != 1 || !reflect.DeepEqual(*sent[0].Brand, want) {
		t.Errorf("events sent = %+v; want one brand.update with the brand", sent)
	}
	log, err := s2.AuditLog(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range log {
		if e.Action == "brand.update" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d brand.update audit entries; want 1", n)
	}
}
