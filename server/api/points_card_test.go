package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"storecast/app/rest"
)

// A shopper's own phone: joins without a number, shows its code as a QR
// code with its balance, reads its entries, takes its copy and deletes
// its membership — with its card and nothing else; a forged card gets
// nothing, and one address makes at most five memberships an hour.
func TestMemberPhoneHoldsOnlyItsCard(t *testing.T) {
	e := newEnv(t)
	joined := e.call(t, http.StatusCreated, "POST", "/api/v1/points/join", `{"consent_version":1,"consent_locale":"zh-Hans"}`, "")
	var m rest.PointsMember
	json.Unmarshal([]byte(joined), &m)
	if m.Card == "" || m.ByPhone {
		t.Fatalf("joined from a phone: %s; want a card and no phone", joined)
	}
	e.call(t, http.StatusUnprocessableEntity, "POST", "/api/v1/points/join", `{"consent_version":99,"consent_locale":"en"}`, "")
	e.call(t, http.StatusBadRequest, "POST", "/api/v1/points/join", `{"phone":"13800138000","consent_version":1,"consent_locale":"en"}`, "")

	if _, err := e.points.Earn(context.Background(), "pos-1", rest.PointsEarnInput{MemberCode: m.Code, ReceiptID: "R-1", AmountFen: 2000}); err != nil {
		t.Fatal(err)
	}
	card := `{"card":"` + m.Card + `"}`
	var c rest.PointsCode
	json.Unmarshal([]byte(e.call(t, http.StatusOK, "POST", "/api/v1/points/card/code", card, "")), &c)
	if c.Balance != 20 || c.Code == "" {
		t.Errorf("the card's code and balance: %+v; want balance 20 (1 point a yuan)", c)
	}
	var hist rest.PointsHistory
	json.Unmarshal([]byte(e.call(t, http.StatusOK, "POST", "/api/v1/points/card/entries", card, "")), &hist)
	if len(hist.Entries) != 1 || hist.Entries[0].Key != "R-1" {
		t.Errorf("the card's entries: %+v; want the one earn", hist.Entries)
	}
	if csv := e.call(t, http.StatusOK, "POST", "/api/v1/points/card/export?format=csv", card, ""); !strings.Contains(csv, "R-1") {
		t.Errorf("the card's CSV export: %q; want its entry", csv)
	}

	png := e.call(t, http.StatusOK, "GET", "/api/v1/points/codes/"+c.Code+"/qr.png", "", "")
	if !bytes.HasPrefix([]byte(png), []byte("\x89PNG")) {
		t.Errorf("the code's QR is not a PNG: %q…", png[:min(len(png), 8)])
	}
	for _, bad := range []string{"PTAAAA", "SC-12345", strings.Repeat("A", 40), "PT" + strings.Repeat("A", 100)} {
		e.call(t, http.StatusNotFound, "GET", "/api/v1/points/codes/"+bad+"/qr.png", "", "")
	}

	forged := `{"card":"scp_` + strings.Repeat("A", 64) + `"}`
	for _, path := range []string{"/api/v1/points/card/entries", "/api/v1/points/card/export", "/api/v1/points/card/delete"} {
		e.call(t, http.StatusUnprocessableEntity, "POST", path, forged, "")
	}
	e.call(t, http.StatusNoContent, "POST", "/api/v1/points/card/delete", card, "")
	e.call(t, http.StatusNotFound, "POST", "/api/v1/points/card/code", card, "")

	for range 3 { // five joins an hour from one address: two were made above
		e.call(t, http.StatusCreated, "POST", "/api/v1/points/join", `{"consent_version":1,"consent_locale":"en"}`, "")
	}
	e.call(t, http.StatusTooManyRequests, "POST", "/api/v1/points/join", `{"consent_version":1,"consent_locale":"en"}`, "")
}
