package api

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/gorilla/websocket"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/store"
)

// routeRecorder is a Mux that lists the patterns registered on it.
type routeRecorder struct{ patterns []string }

func (r *routeRecorder) Handle(p string, _ http.Handler) { r.patterns = append(r.patterns, p) }
func (r *routeRecorder) HandleFunc(p string, _ func(http.ResponseWriter, *http.Request)) {
	r.patterns = append(r.patterns, p)
}

// mutatingRoutes lists the API's routes that change something.
func mutatingRoutes(h *Handler) []string {
	var rec routeRecorder
	h.Register(&rec)
	var out []string
	for _, p := range rec.patterns {
		method, _, _ := strings.Cut(p, " ")
		switch method {
		case http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete:
			out = append(out, p)
		}
	}
	return out
}

// notStaffChanges are the mutating routes that are no staff member's
// change, so they write no audit entry of their own.
var notStaffChanges = map[string]string{
	"POST /api/v1/auth/login":                "a sign-in by whoever knows a password; it is audited as session.create, but it is nobody's change yet",
	"POST /api/v1/auth/setup":                "creates the first admin with the setup token, once, on an empty store (audited with actor setup)",
	"POST /api/v1/kiosk/claims":              "a shopper's claim from an anonymous kiosk: a record, counted in the campaign's report",
	"POST /api/v1/kiosk/staff-calls":         "a shopper's call for help from an anonymous kiosk: a record staff see in GET /staff-calls",
	"POST /api/v1/plays":                     "proof of play from anonymous screens: records, reported by GET /plays/report",
	"POST /api/v1/alerts/webhooks/{id}/test": "sends a test message and changes nothing; the delivery log records it",
	"POST /api/v1/points/members":            "a shopper's consent, recorded with its time and version in the member row; the audit log must not name members",
	"POST /api/v1/points/card/code":          "a member's phone trading its card for its code: changes nothing",
	"POST /api/v1/points/join":               "a shopper's consent from their own phone, recorded in the member row; the audit log must not name members",
	"POST /api/v1/points/card/entries":       "a member's phone reading its entries: changes nothing",
	"POST /api/v1/points/card/export":        "a member's phone taking its copy of what is stored: changes nothing",
	"POST /api/v1/points/card/delete":        "a member deleting their membership from their phone: audited as points.member.delete by the ledger, naming no member",
	"POST /api/v1/points/earns":              "a till's receipt: the ledger entry records its issuer and actor, once per receipt id",
	"POST /api/v1/points/spends":             "a till's receipt: the ledger entry records its issuer and actor, once per receipt id",
	"POST /api/v1/kiosk/points/exchanges":    "a member's exchange at a kiosk: the ledger's spend names the kiosk, the claim is counted in the campaign's report",
	"POST /api/v1/kiosk/points/links":        "a kiosk's two-minute link session, kept in memory only: nothing stored changes",
	"POST /api/v1/points/card/links/{id}":    "a member's phone confirming a kiosk's link session in memory; the audit log must not name members",
	"POST /api/v1/points/partner-exchanges":  "a till's exchange with a partner: the ledger entry records its actor, once per key; settlement reports it",
	"POST /api/v1/points/partner-spends":     "a till's spend at a partner: the ledger entry records its actor, once per key; settlement reports it",
}

// sampleWebhook adds a generic webhook.
const sampleWebhook = `{"name":"ops","kind":"generic","url":"https://hooks.example.com/storecast","secret":"0123456789abcdef"}`

// auditSample sets up what a valid request to a route needs (with the
// setup token, so its entries are told apart in the log) and returns
// that request, which the signed-in admin s then sends.
type auditSample func(t *testing.T, e *env, s *staff) (method, path, body string)

// Every mutating route staff call writes at least one audit entry naming
// the staff member who called it. The table of sample requests is keyed
// by the routes Register adds: a new route without a sample (or an
// exemption above, with its reason) fails this test, so none can skip
// the audit log.
func TestEveryStaffChangeIsAudited(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	routes := mutatingRoutes(e.api)
	samples := auditSamples(t, e)
	for p := range notStaffChanges {
		if !slices.Contains(routes, p) {
			t.Errorf("exemption %q is no route: remove it", p)
		}
	}
	for p := range samples {
		if !slices.Contains(routes, p) {
			t.Errorf("sample for %q is no route: remove it", p)
		}
	}
	e.addUser(t, "ada", "admin")
	for _, route := range routes {
		if _, ok := notStaffChanges[route]; ok {
			continue
		}
		t.Run(route, func(t *testing.T) {
			sample, ok := samples[route]
			if !ok {
				t.Fatalf("no sample request for %s: add one to auditSamples (or an exemption with its reason)", route)
			}
			s := e.signIn(t, "ada")
			method, path, body := sample(t, e, s)
			if want, _, _ := strings.Cut(route, " "); method != want {
				t.Fatalf("the sample sends %s; want %s", method, want)
			}
			last := lastAuditID(t, e)
			code, answer := s.send(t, e, method, path, body, true)
			if code < 200 || code > 299 {
				t.Fatalf("%s %s = %d %s; want it done", method, path, code, answer)
			}
			entries, err := e.store.AuditLog(ctx, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			var mine []string
			for _, en := range entries {
				if en.ID > last && en.Actor == "ada" {
					mine = append(mine, en.Action)
				}
			}
			if len(mine) == 0 {
				t.Fatalf("%s %s wrote no audit entry by ada", method, path)
			}
			t.Logf("audited as %v", mine)
		})
	}
}

func lastAuditID(t *testing.T, e *env) int64 {
	t.Helper()
	es, err := e.store.AuditLog(context.Background(), 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) == 0 {
		return 0
	}
	return es[0].ID
}

// created posts body with the setup token and returns the id answered.
func (e *env) created(t *testing.T, path, body string) string {
	t.Helper()
	var v struct {
		ID   string
		Link struct{ ID string }
	}
	json.Unmarshal([]byte(e.call(t, http.StatusCreated, "POST", path, body)), &v)
	if v.ID == "" {
		v.ID = v.Link.ID
	}
	return v.ID
}

const sampleCampaign = `{"title":{"en":"10% off"},"quantity":5,"per_device":1,"window_minutes":60,"coupon_minutes":60,"status":"live"}`

func auditSamples(t *testing.T, e *env) map[string]auditSample {
	ctx := context.Background()
	screen := func(t *testing.T) (id, device string) {
		device = auth.NewSecret("scd_")
		sc, err := e.store.CreateScreen(ctx, store.Screen{Name: "Door", Kind: content.KindKiosk}, auth.HashSecret(device))
		if err != nil {
			t.Fatal(err)
		}
		return sc.ID, device
	}
	playlist := func(t *testing.T) string {
		return e.created(t, "/api/v1/playlists", `{"name":"P","slides":[{"id":"c","kind":"clock","seconds":5}]}`)
	}
	return map[string]auditSample{
		"PUT /api/v1/power": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/power", `{"schedules":[{"hours":[{"open":"08:00","close":"22:00"}]}]}`
		},
		"PUT /api/v1/alerts/rules": func(t *testing.T, e *env, s *staff) (string, string, string) {
			b, _ := json.Marshal(rest.DefaultAlertRules())
			return "PUT", "/api/v1/alerts/rules", string(b)
		},
		"POST /api/v1/alerts/webhooks": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/alerts/webhooks", sampleWebhook
		},
		"DELETE /api/v1/alerts/webhooks/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "DELETE", "/api/v1/alerts/webhooks/" + e.created(t, "/api/v1/alerts/webhooks", sampleWebhook), ""
		},
		"POST /api/v1/staff-calls/{id}/answer": func(t *testing.T, e *env, s *staff) (string, string, string) {
			c, err := e.store.CreateStaffCall(ctx, "10.0.0.3", "entrance")
			if err != nil {
				t.Fatal(err)
			}
			return "POST", "/api/v1/staff-calls/" + c.ID + "/answer", ""
		},
		"POST /api/v1/markdowns/{sku}/{best_before}/approve": func(t *testing.T, e *env, s *staff) (string, string, string) {
			bb := nearLot(t, e, "MD-A")
			return "POST", "/api/v1/markdowns/MD-A/" + bb + "/approve", ""
		},
		"POST /api/v1/markdowns/{sku}/{best_before}/dismiss": func(t *testing.T, e *env, s *staff) (string, string, string) {
			bb := nearLot(t, e, "MD-D")
			return "POST", "/api/v1/markdowns/MD-D/" + bb + "/dismiss", ""
		},
		"POST /api/v1/promotions": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/promotions", validBody
		},
		"PUT /api/v1/promotions/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/promotions/" + e.created(t, "/api/v1/promotions", validBody), validBody
		},
		"DELETE /api/v1/promotions/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "DELETE", "/api/v1/promotions/" + e.created(t, "/api/v1/promotions", validBody), ""
		},
		"PUT /api/v1/brand": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/brand", sampleBrand
		},
		"POST /api/v1/brand/logo": func(t *testing.T, e *env, s *staff) (string, string, string) {
			png, err := os.ReadFile("../../assets/demo/logo.png")
			if err != nil {
				t.Fatal(err)
			}
			return "POST", "/api/v1/brand/logo", string(png)
		},
		"POST /api/v1/media": func(t *testing.T, e *env, s *staff) (string, string, string) {
			png, err := os.ReadFile("../../assets/demo/milk.png")
			if err != nil {
				t.Fatal(err)
			}
			return "POST", "/api/v1/media", string(png)
		},
		"POST /api/v1/campaigns": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/campaigns", sampleCampaign
		},
		"PUT /api/v1/campaigns/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/campaigns/" + e.created(t, "/api/v1/campaigns", sampleCampaign), sampleCampaign
		},
		"POST /api/v1/redemptions": func(t *testing.T, e *env, s *staff) (string, string, string) {
			_, out := e.claim(t, e.created(t, "/api/v1/campaigns", sampleCampaign), install)
			var cp content.Coupon
			json.Unmarshal(out["coupon"], &cp)
			return "POST", "/api/v1/redemptions", `{"code":"` + cp.Code + `"}`
		},
		"PUT /api/v1/signage/default": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/signage/default", `{"playlist":"` + playlist(t) + `"}`
		},
		"POST /api/v1/playlists": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/playlists", `{"name":"Q","slides":[]}`
		},
		"PUT /api/v1/playlists/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/playlists/" + playlist(t), `{"name":"Q","slides":[]}`
		},
		"DELETE /api/v1/playlists/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "DELETE", "/api/v1/playlists/" + playlist(t), ""
		},
		"POST /api/v1/schedules": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/schedules", `{"playlist":"` + playlist(t) + `","start":"07:00","end":"08:00"}`
		},
		"PUT /api/v1/schedules/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			body := `{"playlist":"` + playlist(t) + `","start":"07:00","end":"08:00"}`
			return "PUT", "/api/v1/schedules/" + e.created(t, "/api/v1/schedules", body), body
		},
		"DELETE /api/v1/schedules/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			body := `{"playlist":"` + playlist(t) + `","start":"07:00","end":"08:00"}`
			return "DELETE", "/api/v1/schedules/" + e.created(t, "/api/v1/schedules", body), ""
		},
		"POST /api/v1/products/import": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/products/import", "sku,price,name_en\nN1,1.00,Salt\n"
		},
		"POST /api/v1/catalogue/batches": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/catalogue/batches", `{"products":[{"sku":"N2","name":{"en":"Oil"},"price":1990,"stock":4}]}`
		},
		"PUT /api/v1/categories/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/categories/tea", `{"name":{"en":"Tea"}}`
		},
		"DELETE /api/v1/categories/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			e.call(t, http.StatusOK, "PUT", "/api/v1/categories/gone", `{"name":{"en":"Gone"}}`)
			return "DELETE", "/api/v1/categories/gone", ""
		},
		"POST /api/v1/categories/order": func(t *testing.T, e *env, s *staff) (string, string, string) {
			e.call(t, http.StatusOK, "PUT", "/api/v1/categories/order-a", `{"name":{"en":"A"}}`)
			var list rest.CategoryList
			json.Unmarshal([]byte(e.call(t, http.StatusOK, "GET", "/api/v1/categories", "")), &list)
			var order rest.CategoryOrder
			for _, c := range slices.Backward(list.Categories) {
				order.IDs = append(order.IDs, c.ID)
			}
			b, _ := json.Marshal(order)
			return "POST", "/api/v1/categories/order", string(b)
		},
		"POST /api/v1/products": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/products", `{"sku":"AUD-1","name":{"en":"Salt"},"price":100}`
		},
		"PUT /api/v1/products/{sku}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			e.call(t, http.StatusCreated, "POST", "/api/v1/products", `{"sku":"AUD-2","name":{"en":"Salt"},"price":100}`)
			return "PUT", "/api/v1/products/AUD-2", `{"name":{"en":"Sea salt"},"price":120}`
		},
		"DELETE /api/v1/products/{sku}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			e.call(t, http.StatusCreated, "POST", "/api/v1/products", `{"sku":"AUD-3","name":{"en":"Salt"},"price":100}`)
			return "DELETE", "/api/v1/products/AUD-3", ""
		},
		"POST /api/v1/events": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/events", sampleEvent
		},
		"PUT /api/v1/events/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/events/" + e.created(t, "/api/v1/events", sampleEvent), sampleEvent
		},
		"DELETE /api/v1/events/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "DELETE", "/api/v1/events/" + e.created(t, "/api/v1/events", sampleEvent), ""
		},
		"POST /api/v1/auth/logout": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/auth/logout", ""
		},
		"POST /api/v1/auth/password": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/auth/password", `{"current":"password-ada","new":"password-ada"}`
		},
		"POST /api/v1/tokens": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/tokens", `{"name":"sync"}`
		},
		"DELETE /api/v1/tokens/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			_, b := s.send(t, e, "POST", "/api/v1/tokens", `{"name":"sync"}`, true)
			var tok rest.TokenCreated
			json.Unmarshal([]byte(b), &tok)
			return "DELETE", "/api/v1/tokens/" + tok.Token.ID, ""
		},
		"POST /api/v1/users": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/users", `{"username":"` + auth.NewSecret("u")[:12] + `","password":"0123456789ab","role":"cashier"}`
		},
		"DELETE /api/v1/users/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			id := e.created(t, "/api/v1/users", `{"username":"`+auth.NewSecret("u")[:12]+`","password":"0123456789ab","role":"cashier"}`)
			return "DELETE", "/api/v1/users/" + id, ""
		},
		"POST /api/v1/screens": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/screens", `{"code":"` + e.waitingScreen(t) + `","name":"Till"}`
		},
		"PUT /api/v1/screens/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			id, _ := screen(t)
			return "PUT", "/api/v1/screens/" + id, `{"name":"Till 2"}`
		},
		"DELETE /api/v1/screens/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			id, _ := screen(t)
			return "DELETE", "/api/v1/screens/" + id, ""
		},
		"POST /api/v1/screens/{id}/commands": func(t *testing.T, e *env, s *staff) (string, string, string) {
			id, device := screen(t)
			ws := e.online(t, device)
			t.Cleanup(func() { ws.Close() })
			return "POST", "/api/v1/screens/" + id + "/commands", `{"name":"identify"}`
		},
		"POST /api/v1/enrolment-links": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/enrolment-links", `{"name":"Door","kind":"kiosk"}`
		},
		"DELETE /api/v1/enrolment-links/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "DELETE", "/api/v1/enrolment-links/" + e.created(t, "/api/v1/enrolment-links", `{"name":"Door","kind":"kiosk"}`), ""
		},
		"POST /api/v1/overrides": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/overrides", sampleOverride
		},
		"DELETE /api/v1/overrides/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "DELETE", "/api/v1/overrides/" + e.created(t, "/api/v1/overrides", sampleOverride), ""
		},
		"POST /api/v1/points/reversals": func(t *testing.T, e *env, s *staff) (string, string, string) {
			code := e.member(t)
			if _, err := e.points.Earn(ctx, "ada", rest.PointsEarnInput{MemberCode: code, ReceiptID: "r-1", AmountFen: 1000}); err != nil {
				t.Fatal(err)
			}
			return "POST", "/api/v1/points/reversals", `{"kind":"earn","receipt_id":"r-1","reversal_id":"refund-1"}`
		},
		"DELETE /api/v1/points/members/{code}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "DELETE", "/api/v1/points/members/" + e.member(t), ""
		},
		"POST /api/v1/points/items": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "POST", "/api/v1/points/items", `{"campaign":"` + e.created(t, "/api/v1/campaigns", sampleCampaign) + `","price":100}`
		},
		"PUT /api/v1/points/items/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			c := e.created(t, "/api/v1/campaigns", sampleCampaign)
			return "PUT", "/api/v1/points/items/" + e.pointsItem(t, c, 100), `{"campaign":"` + c + `","price":120}`
		},
		"DELETE /api/v1/points/items/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "DELETE", "/api/v1/points/items/" + e.pointsItem(t, e.created(t, "/api/v1/campaigns", sampleCampaign), 100), ""
		},
		"PUT /api/v1/points/partners/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/points/partners/books", samplePartner
		},
		"DELETE /api/v1/points/partners/{id}": func(t *testing.T, e *env, s *staff) (string, string, string) {
			e.call(t, http.StatusOK, "PUT", "/api/v1/points/partners/books", samplePartner)
			return "DELETE", "/api/v1/points/partners/books", ""
		},
		"PUT /api/v1/points/rules": func(t *testing.T, e *env, s *staff) (string, string, string) {
			return "PUT", "/api/v1/points/rules", samplePointsRules
		},
	}
}

const (
	sampleEvent    = `{"title":{"en":"Tasting"},"starts_at":"2030-03-14T10:00:00Z","ends_at":"2030-03-14T12:00:00Z"}`
	sampleOverride = `{"message":{"en":"Closing soon"},"severity":"info","minutes":5}`
)

// waitingScreen opens a screen that asks to be paired and returns the
// code it shows; its connection stays open until the test ends, so
// pairing can hand it its token.
func (e *env) waitingScreen(t *testing.T) string {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(e.srv.URL, "http")+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	data, _ := json.Marshal(content.Hello{Kind: content.KindKiosk, Pair: true})
	hello, _ := json.Marshal(content.Envelope{Type: content.TypeHello, Data: data})
	if err := ws.WriteMessage(websocket.TextMessage, hello); err != nil {
		t.Fatal(err)
	}
	_, b, err := ws.ReadMessage()
	if err != nil {
		t.Fatal(err)
	}
	env, _ := content.DecodeEnvelope(b)
	var w content.Welcome
	json.Unmarshal(env.Data, &w)
	if w.Pairing == nil {
		t.Fatalf("first frame %s; want a pairing code", b)
	}
	return w.Pairing.Code
}
