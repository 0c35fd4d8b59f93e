package api

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/app/rest"
)

func withGroups(groups string) string {
	return strings.TrimSuffix(validBody, "}") + `,"groups":` + groups + `}`
}

func TestPromotionGroups(t *testing.T) {
	e := newEnv(t)
	code, body := e.do(t, "POST", "/api/v1/promotions", withGroups(`["A","入口"]`))
	if code != http.StatusCreated {
		t.Fatalf("create with groups = %d %s; want 201", code, body)
	}
	var p content.Promotion
	if err := json.Unmarshal([]byte(body), &p); err != nil || !slices.Equal(p.Groups, []string{"A", "入口"}) {
		t.Fatalf("created = %s (%v); want groups A, 入口", body, err)
	}
	if evs := e.events(t); len(evs) != 1 || evs[0].Promotion == nil || !slices.Equal(evs[0].Promotion.Groups, p.Groups) {
		t.Fatalf("events = %+v; want one upsert carrying the groups to the screens", evs)
	}

	// Replacing without groups puts it back on every screen.
	code, body = e.do(t, "PUT", "/api/v1/promotions/"+p.ID, validBody)
	if code != http.StatusOK || strings.Contains(body, `"groups"`) {
		t.Fatalf("replace without groups = %d %s; want 200 and no groups", code, body)
	}
	got, err := e.store.Promotion(context.Background(), p.ID)
	if err != nil || got.Groups != nil {
		t.Fatalf("stored groups = %q, %v; want none", got.Groups, err)
	}
}

// Bad groups are refused, on create and on replace, naming the field, and
// change nothing: no promotion stored or altered, nothing sent to screens.
func TestPromotionBadGroupsChangeNothing(t *testing.T) {
	e := newEnv(t)
	code, body := e.do(t, "POST", "/api/v1/promotions", withGroups(`["A"]`))
	if code != http.StatusCreated {
		t.Fatalf("create = %d %s", code, body)
	}
	var kept content.Promotion
	if err := json.Unmarshal([]byte(body), &kept); err != nil {
		t.Fatal(err)
	}
	before := len(e.events(t))

	tooMany := `["` + strings.Repeat(`g","`, content.MaxGroups) + `g"]`
	tests := []struct {
		name, groups string
		code         int
		want         string
	}{
		{"blank name", `["A","  "]`, 422, `"field":"groups"`},
		{"empty name", `[""]`, 422, `"field":"groups"`},
		{"name too long", `["` + strings.Repeat("g", content.MaxGroupRunes+1) + `"]`, 422, `"field":"groups"`},
		{"too many", tooMany, 422, `"field":"groups"`},
		{"not a list", `"A"`, 400, "bad_json"},
		{"not names", `[1,2]`, 400, "bad_json"},
	}
	for _, tt := range tests {
		for _, req := range []struct{ method, path string }{
			{"POST", "/api/v1/promotions"}, {"PUT", "/api/v1/promotions/" + kept.ID},
		} {
			t.Run(tt.name+" "+req.method, func(t *testing.T) {
				code, body := e.do(t, req.method, req.path, withGroups(tt.groups))
				if code != tt.code || !strings.Contains(body, tt.want) {
					t.Fatalf("= %d %s; want %d containing %q", code, body, tt.code, tt.want)
				}
				var eb rest.ErrorBody
				if err := json.Unmarshal([]byte(body), &eb); err != nil || eb.Error.Message == "" {
					t.Fatalf("error body %q is not {error:{code,message}}", body)
				}
			})
		}
	}
	ps, err := e.store.Promotions(context.Background())
	if err != nil || len(ps) != 1 {
		t.Fatalf("store holds %d promotions (%v); want only the first", len(ps), err)
	}
	if !ps[0].UpdatedAt.Equal(kept.UpdatedAt) || !slices.Equal(ps[0].Groups, []string{"A"}) || ps[0].Price != kept.Price {
		t.Fatalf("stored = %+v; want it unchanged from %+v", ps[0], kept)
	}
	if n := len(e.events(t)); n != before {
		t.Fatalf("bad groups published %d events; want none", n-before)
	}
}
