package content

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPromotionTargets(t *testing.T) {
	tests := []struct {
		name          string
		promo, screen []string
		want          bool
	}{
		{"every screen, unpaired screen", nil, nil, true},
		{"every screen, grouped screen", nil, []string{"A"}, true},
		{"group A, screen in A", []string{"A"}, []string{"A"}, true},
		{"group A, screen in B and A", []string{"A"}, []string{"B", "A"}, true},
		{"groups A and C, screen in C", []string{"A", "C"}, []string{"C"}, true},
		{"group A, screen in B", []string{"A"}, []string{"B"}, false},
		{"group A, unpaired screen", []string{"A"}, nil, false},
		{"names are exact", []string{"A"}, []string{"a", "A "}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Promotion{Groups: tt.promo}
			if got := p.Targets(tt.screen); got != tt.want {
				t.Errorf("Promotion{Groups: %q}.Targets(%q) = %v; want %v", tt.promo, tt.screen, got, tt.want)
			}
		})
	}
}

func TestActivePromotionsForGroups(t *testing.T) {
	now := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	later := now.Add(time.Hour)
	snap := Snapshot{Promotions: []Promotion{
		{ID: "all", Priority: 9},
		{ID: "a", Priority: 8, Groups: []string{"A"}},
		{ID: "b", Priority: 7, Groups: []string{"B"}},
		{ID: "ab", Priority: 6, Groups: []string{"A", "B"}},
		{ID: "a-later", Priority: 5, Groups: []string{"A"}, ValidFrom: &later},
		{ID: "all-later", Priority: 4, ValidFrom: &later},
	}}
	tests := []struct {
		name   string
		groups []string
		want   []string
	}{
		{"unpaired: only those for every screen", nil, []string{"all"}},
		{"group A", []string{"A"}, []string{"all", "a", "ab"}},
		{"group B", []string{"B"}, []string{"all", "b", "ab"}},
		{"groups A and B", []string{"A", "B"}, []string{"all", "a", "b", "ab"}},
		{"another group", []string{"tills"}, []string{"all"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range snap.ActivePromotions(now, tt.groups) {
				got = append(got, p.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ActivePromotions(%q) = %q; want %q", tt.groups, got, tt.want)
			}
		})
	}
}

func TestPromotionValidateGroups(t *testing.T) {
	base := Promotion{Title: Text{"en": "Milk"}, Price: 590}
	tests := []struct {
		name   string
		groups []string
		ok     bool
	}{
		{"none", nil, true},
		{"some", []string{"entrance", "乳品"}, true},
		{"blank name", []string{"entrance", " "}, false},
		{"empty name", []string{""}, false},
		{"name too long", []string{strings.Repeat("g", MaxGroupRunes+1)}, false},
		{"longest name, in runes", []string{strings.Repeat("乳", MaxGroupRunes)}, true},
		{"too many", slices.Repeat([]string{"g"}, MaxGroups+1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base
			p.Groups = tt.groups
			err := p.Validate()
			if tt.ok {
				if err != nil {
					t.Fatalf("Validate = %v; want nil", err)
				}
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != "groups" {
				t.Fatalf("Validate = %v; want a FieldError on groups", err)
			}
		})
	}
}
