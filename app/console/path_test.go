package console

import "testing"

func TestViewsByRole(t *testing.T) {
	tests := []struct {
		role string
		want []string
	}{
		{RoleAdmin, []string{Path, PathPromotions, PathSignage, PathOverrides, PathCoupons, PathProducts, PathRedeem, PathUsers, PathAudit, PathAccount}},
		{RoleEditor, []string{Path, PathPromotions, PathSignage, PathOverrides, PathCoupons, PathProducts, PathAccount}},
		{RoleCashier, []string{PathRedeem, PathAccount}},
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
		{Path, RoleAdmin, Path, true},
		{Path, RoleCashier, PathRedeem, true},
		{PathRedeem, RoleEditor, PathRedeem, false},
		{PathUsers, RoleEditor, PathUsers, false},
		{PathPromotions, RoleCashier, PathPromotions, false},
		{PathAccount, RoleCashier, PathAccount, true},
		{"/console/nope", RoleAdmin, Path, true},
	}
	for _, tt := range tests {
		got, ok := resolve(tt.path, tt.role)
		if got != tt.want || ok != tt.ok {
			t.Errorf("resolve(%s, %s) = %s, %v; want %s, %v", tt.path, tt.role, got, ok, tt.want, tt.ok)
		}
	}
}
