package console

import (
	"fmt"
	"testing"

	"storecast/app/rest"
)

func TestPointsTabsByRole(t *testing.T) {
	tests := []struct {
		role string
		want string
	}{
		{rest.RoleAdmin, "[till rules catalogue members]"},
		{rest.RoleEditor, "[rules catalogue members]"},
		{rest.RoleCashier, "[till members]"},
		{"stranger", "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, tab := range (&PointsView{Role: tt.role}).tabs() {
			got = append(got, tab.key)
		}
		if fmt.Sprint(got) != tt.want {
			t.Errorf("tabs(%s) = %v; want %s", tt.role, got, tt.want)
		}
	}
}
