package content

import "testing"

func TestForPromotion(t *testing.T) {
	cs := []Campaign{{ID: "a"}, {ID: "b", Promotion: "p1"}, {ID: "c", Promotion: "p1"}}
	for _, tc := range []struct {
		promo, want string
		ok          bool
	}{{"p1", "b", true}, {"p2", "", false}, {"", "", false}} {
		got, ok := ForPromotion(cs, tc.promo)
		if ok != tc.ok || got.ID != tc.want {
			t.Errorf("ForPromotion(%q) = %q, %v; want %q, %v", tc.promo, got.ID, ok, tc.want, tc.ok)
		}
	}
}
