package content

import "testing"

func TestCategoryIconName(t *testing.T) {
	tests := []struct{ id, icon, want string }{
		{"fresh", "", "fresh"},
		{"fruit-veg", "", "fresh"},
		{"chilled-milk", "", "dairy"},
		{"household", "", "home"},
		{"toys", "", "other"},
		{"toys", "home", "home"},    // staff chose it
		{"dairy", "other", "other"}, // even against the id's words
	}
	for _, tt := range tests {
		if got := (Category{ID: tt.id, Icon: tt.icon}).IconName(); got != tt.want {
			t.Errorf("Category{%q, icon %q}.IconName() = %q; want %q", tt.id, tt.icon, got, tt.want)
		}
	}
}

func TestCategoryValidateIcon(t *testing.T) {
	for _, icon := range append([]string{""}, CategoryIcons...) {
		c := Category{ID: "tea", Name: Text{"en": "Tea"}, Icon: icon}
		if err := c.Validate(); err != nil {
			t.Errorf("icon %q: %v; want it valid", icon, err)
		}
	}
	c := Category{ID: "tea", Name: Text{"en": "Tea"}, Icon: "rocket"}
	if err := c.Validate(); err == nil {
		t.Error("icon rocket is valid; want it refused")
	}
}
