package form

import (
	"slices"
	"testing"
)

func TestParseGroups(t *testing.T) {
	got := ParseGroups(" 入口，dairy, entrance、dairy\n;  ")
	if want := []string{"入口", "dairy", "entrance"}; !slices.Equal(got, want) {
		t.Errorf("ParseGroups = %q; want %q", got, want)
	}
}
