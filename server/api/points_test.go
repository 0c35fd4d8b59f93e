package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"storecast/app/rest"
	"storecast/server/points"
)

const samplePointsRules = `{"points_per_yuan":2,"categories":{"fresh":200},"campaigns":[{"id":"spring","percent":150,"from":"2026-01-01T00:00:00Z","to":"2099-01-01T00:00:00Z"}],"cap_per_receipt":5000,"expiry_days":365}`

// member joins a member without a phone and returns their code now.
func (e *env) member(t *testing.T) string {
	t.Helper()
	m, err := e.points.Join(context.Background(), rest.PointsJoin{ConsentVersion: points.ConsentVersion, ConsentLocale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	return m.Code
}

// pointsToken adds a cashier, who makes a token with the points scope
// for their till; it returns the token's Authorization header.
func (e *env) pointsToken(t *testing.T) string {
	t.Helper()
	e.addUser(t, "till", rest.RoleCashier)
	s := e.signIn(t, "till")
	code, body := s.send(t, e, "POST", "/api/v1/tokens", `{"name":"pos","scopes":["points"]}`, true)
	if code != http.StatusCreated {
		t.Fatalf("POST /tokens = %d %s", code, body)
	}
	var tok rest.TokenCreated
	json.Unmarshal([]byte(body), &tok)
	return "Bearer " + tok.Secret
}

// A till's day: join, earn, spend, replay, look up, reverse, export and
// delete, through the API with a points-scoped token of a cashier.
func TestPointsRoutes(t *testing.T) {
	e := newEnv(t)
	e.call(t, http.StatusOK, "PUT", "/api/v1/points/rules", samplePointsRules)
	golden(t, "points_consent", e.call(t, http.StatusOK, "GET", "/api/v1/points/consent?locale=en", "", ""))
	pos := e.pointsToken(t)

	joined := e.call(t, http.StatusCreated, "POST", "/api/v1/points/members", `{"phone":"13800138000","consent_version":1,"consent_locale":"zh-Hans"}`, pos)
	golden(t, "points_member", joined)
	var m rest.PointsMember
	json.Unmarshal([]byte(joined), &m)
	e.call(t, http.StatusConflict, "POST", "/api/v1/points/members", `{"phone":"+86 138 0013 8000","consent_version":1,"consent_locale":"en"}`, pos)
	// The phone trades its card for its code, with no staff credential.
	golden(t, "points_card_code", e.call(t, http.StatusOK, "POST", "/api/v1/points/card/code", `{"card":"`+m.Card+`"}`, ""))
	e.call(t, http.StatusUnprocessableEntity, "POST", "/api/v1/points/card/code", `{"card":"scp_forged"}`, "")

	earn := `{"member_code":"` + m.Code + `","receipt_id":"R-1","amount_fen":10000,"lines":[{"category":"fresh","amount_fen":5000}],"campaign":"spring"}`
	golden(t, "points_earned", e.call(t, http.StatusCreated, "POST", "/api/v1/points/earns", earn, pos))
	e.call(t, http.StatusOK, "POST", "/api/v1/points/earns", earn, pos) // a retry: replayed
	spend := `{"member_code":"` + m.Code + `","receipt_id":"R-2","points":100}`
	e.call(t, http.StatusCreated, "POST", "/api/v1/points/spends", spend, pos)
	e.call(t, http.StatusConflict, "POST", "/api/v1/points/spends", `{"member_code":"`+m.Code+`","receipt_id":"R-3","points":1000}`, pos)
	e.call(t, http.StatusCreated, "POST", "/api/v1/points/reversals", `{"kind":"spend","receipt_id":"R-2","reversal_id":"F-1"}`, pos)
	golden(t, "points_balance", e.call(t, http.StatusOK, "GET", "/api/v1/points/members/"+m.Code, "", pos))
	golden(t, "points_history", e.call(t, http.StatusOK, "GET", "/api/v1/points/members/"+m.Code+"/entries?limit=2", "", pos))
	golden(t, "points_export", e.call(t, http.StatusOK, "GET", "/api/v1/points/members/"+m.Code+"/export", "", pos))
	golden(t, "points_rules", e.call(t, http.StatusOK, "GET", "/api/v1/points/rules", "", pos))

	// The scoped token reaches nothing else, and a cashier sets no rules.
	e.call(t, http.StatusForbidden, "GET", "/api/v1/promotions", "", pos)
	e.call(t, http.StatusForbidden, "PUT", "/api/v1/points/rules", samplePointsRules, pos)
	e.call(t, http.StatusUnprocessableEntity, "GET", "/api/v1/points/members/PTAAAA", "", pos)

	e.call(t, http.StatusNoContent, "DELETE", "/api/v1/points/members/"+m.Code, "", pos)
	e.call(t, http.StatusNotFound, "GET", "/api/v1/points/members/"+m.Code, "", pos)
	e.call(t, http.StatusNotFound, "POST", "/api/v1/points/card/code", `{"card":"`+m.Card+`"}`, "")
}

// The CSV export is formula-safe: a till's receipt id that starts a
// formula comes out as text.
func TestPointsExportCSV(t *testing.T) {
	e := newEnv(t)
	code := e.member(t)
	if _, err := e.points.Earn(context.Background(), "admin-token", rest.PointsEarnInput{MemberCode: code, ReceiptID: "=HYPERLINK(1)", AmountFen: 500}); err != nil {
		t.Fatal(err)
	}
	got := e.call(t, http.StatusOK, "GET", "/api/v1/points/members/"+code+"/export?format=csv", "")
	if !strings.Contains(got, ",'=HYPERLINK(1),") || !strings.Contains(got, "seq,at,kind,points,issuer,key,reverses,amount_fen") {
		t.Errorf("CSV export:\n%s\nwant the header and the key as text", got)
	}
}

// The points bodies' decoders refuse what is not their JSON and never
// panic; what they take, the ledger's validation judges.
func FuzzPointsBodies(f *testing.F) {
	for _, s := range []string{
		`{"member_code":"PTX","receipt_id":"R-1","amount_fen":100,"lines":[{"category":"fresh","amount_fen":50}],"campaign":"spring"}`,
		`{"member_code":"PTX","receipt_id":"R-1","points":10}`,
		`{"kind":"earn","receipt_id":"R-1","reversal_id":"F-1"}`,
		`{"phone":"13800138000","consent_version":1,"consent_locale":"en"}`,
		samplePointsRules,
		samplePartner,
		`{"member_code":"PTX","partner":"books","direction":"out","points":10,"key":"x-1"}`,
		`{"member_code":"PTX","partner":"books","item":"novel","price":19,"key":"s-1"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var earn rest.PointsEarnInput
		if decodeJSON(b, &earn) == nil {
			_ = points.ValidateEarn(earn)
		}
		var spend rest.PointsSpendInput
		if decodeJSON(b, &spend) == nil {
			_ = points.ValidateSpend(spend)
		}
		var rev rest.PointsReverseInput
		if decodeJSON(b, &rev) == nil {
			_ = points.ValidateReverse(rev)
		}
		var ex rest.PartnerExchangeInput
		if decodeJSON(b, &ex) == nil {
			_ = points.ValidateExchange(ex)
		}
		var ps rest.PartnerSpendInput
		if decodeJSON(b, &ps) == nil {
			_ = points.ValidatePartnerSpend(ps)
		}
		var partner rest.PointsPartner
		if decodeJSON(b, &partner) == nil {
			_ = points.ValidatePartner(partner)
		}
		var join rest.PointsJoin
		_ = decodeJSON(b, &join)
		var rules rest.PointsRules
		if decodeJSON(b, &rules) == nil {
			_ = points.ValidateRules(rules)
		}
	})
}

// An editor finds a member by code in the console (the balance, the
// history, deletion at the member's request) but makes no entries: no
// earns, spends or joins, and no copy of everything stored.
func TestEditorFindsAMemberByCode(t *testing.T) {
	e := newEnv(t)
	pos := e.pointsToken(t)
	var m rest.PointsMember
	json.Unmarshal([]byte(e.call(t, http.StatusCreated, "POST", "/api/v1/points/members", `{"consent_version":1,"consent_locale":"en"}`, pos)), &m)
	e.addUser(t, "ed", rest.RoleEditor)
	ed := e.signIn(t, "ed")
	for _, tt := range []struct {
		method, path, body string
		want               int
	}{
		{"GET", "/api/v1/points/members/" + m.Code, "", http.StatusOK},
		{"GET", "/api/v1/points/members/" + m.Code + "/entries", "", http.StatusOK},
		{"GET", "/api/v1/points/members/" + m.Code + "/export", "", http.StatusForbidden},
		{"POST", "/api/v1/points/earns", `{"member_code":"` + m.Code + `","receipt_id":"R-1","amount_fen":100}`, http.StatusForbidden},
		{"POST", "/api/v1/points/members", `{"consent_version":1,"consent_locale":"en"}`, http.StatusForbidden},
		{"DELETE", "/api/v1/points/members/" + m.Code, "", http.StatusNoContent},
	} {
		if code, body := ed.send(t, e, tt.method, tt.path, tt.body, true); code != tt.want {
			t.Errorf("an editor's %s %s = %d %s; want %d", tt.method, tt.path, code, body, tt.want)
		}
	}
}
