package console

import (
	"fmt"
	"testing"

	"storecast/app/rest"
)

func TestViewsByRole(t *testing.T) {
	tests := []struct {
		role string
		hq   bool
		want []string
	}{
		{rest.RoleAdmin, false, []string{Path, PathPromotions, PathSignage, PathOverrides, PathCoupons, PathProducts, PathCategories, PathEvents, PathParity, PathMarkdowns, PathRedeem, PathPoints, PathPartners, PathSettlement, PathUsers, PathAudit, PathAlerts, PathBrand, PathAccount}},
		{rest.RoleEditor, false, []string{Path, PathPromotions, PathSignage, PathOverrides, PathCoupons, PathProducts, PathCategories, PathEvents, PathParity, PathMarkdowns, PathPoints, PathPartners, PathSettlement, PathAccount}},
		{rest.RoleCashier, false, []string{PathRedeem, PathPoints, PathAccount}},
		{"stranger", false, nil},
		{rest.RoleAdmin, true, []string{Path, PathPromotions, PathSignage, PathOverrides, PathCoupons, PathProducts, PathCategories, PathEvents, PathParity, PathMarkdowns, PathRedeem, PathPoints, PathPartners, PathSettlement, PathUsers, PathAudit, PathAlerts, PathBrand, PathStores, PathAccount}},
		{rest.RoleEditor, true, []string{Path, PathPromotions, PathSignage, PathOverrides, PathCoupons, PathProducts, PathCategories, PathEvents, PathParity, PathMarkdowns, PathPoints, PathPartners, PathSettlement, PathStores, PathAccount}},
		{rest.RoleCashier, true, []string{PathRedeem, PathPoints, PathAccount}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s hq=%v", tt.role, tt.hq), func(t *testing.T) {
			var got []string
			for _, v := range viewsFor(tt.role, tt.hq) {
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
		path, role string
		hq         bool
		want       string
		ok         bool
	}{
		{Path, rest.RoleAdmin, false, Path, true},
		{Path, rest.RoleCashier, false, PathRedeem, true},
		{PathRedeem, rest.RoleEditor, false, PathRedeem, false},
		{PathUsers, rest.RoleEditor, false, PathUsers, false},
		{PathPromotions, rest.RoleCashier, false, PathPromotions, false},
		{PathAccount, rest.RoleCashier, false, PathAccount, true},
		{"/console/nope", rest.RoleAdmin, false, Path, true},
		{PathStores, rest.RoleEditor, true, PathStores, true},
		{PathStores, rest.RoleEditor, false, PathStores, false},
		{PathStores, rest.RoleCashier, true, PathStores, false},
		{PathSettlement, rest.RoleEditor, false, PathSettlement, true},
		{PathPartners, rest.RoleCashier, false, PathPartners, false},
	}
	for _, tt := range tests {
		got, ok := resolve(tt.path, tt.role, tt.hq)
		if got != tt.want || ok != tt.ok {
			t.Errorf("resolve(%s, %s, hq=%v) = %s, %v; want %s, %v", tt.path, tt.role, tt.hq, got, ok, tt.want, tt.ok)
		}
	}
}
