package console

import (
	"testing"

	"storecast/app/rest"
)

func TestViewsByRole(t *testing.T) {
	tests := []struct {
		role string
		want []string
	}{
		{rest.RoleAdmin, []string{Path, PathPromotions, PathSignage, PathOverrides, PathCoupons, PathProducts, PathRedeem, PathUsers, PathAudit, PathAlerts, PathAccount}},
		{rest.RoleEditor, []string{Path, PathPromotions, PathSignage, PathOverrides, PathCoupons, PathProducts, PathAccount}},
		{rest.RoleCashier, []string{PathRedeem, PathAccount}},
		{"stranger", nil},
	}
	for _, tt := range tests {
		t.Run(tt.role, func(t *testing.T) {
			var got []string
			for _, v := range viewsFor(tt.role) {
				got = append(got, v.path)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("viewsFor(%s) = %v; want %v", tt.role, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("viewsFor(%s) = %v; want %v", tt.role, got, tt.want)
				}
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		path, role, want string
		ok               bool
	}{
		{Path, rest.RoleAdmin, Path, true},
		{Path, rest.RoleCashier, PathRedeem, true},
		{PathRedeem, rest.RoleEditor, PathRedeem, false},
		{PathUsers, rest.RoleEditor, PathUsers, false},
		{PathPromotions, rest.RoleCashier, PathPromotions, false},
		{PathAccount, rest.RoleCashier, PathAccount, true},
		{"/console/nope", rest.RoleAdmin, Path, true},
	}
	for _, tt := range tests {
		got, ok := resolve(tt.path, tt.role)
		if got != tt.want || ok != tt.ok {
			t.Errorf("resolve(%s, %s) = %s, %v; want %s, %v", tt.path, tt.role, got, ok, tt.want, tt.ok)
		}
	}
}
