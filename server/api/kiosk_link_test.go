package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/rest"
	"storecast/server/points"
)

// phoneCard joins a member from a phone, earns them 20 points and
// returns their card.
func (e *env) phoneCard(t *testing.T) string {
	t.Helper()
	m, err := e.points.Join(context.Background(), rest.PointsJoin{ConsentVersion: points.ConsentVersion, ConsentLocale: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.points.Earn(context.Background(), "pos-1", rest.PointsEarnInput{MemberCode: m.Code, ReceiptID: "R-" + m.Code[:12], AmountFen: 2000}); err != nil {
		t.Fatal(err)
	}
	return m.Card
}

func (e *env) openLink(t *testing.T) rest.KioskLink {
	t.Helper()
	var l rest.KioskLink
	json.Unmarshal([]byte(e.call(t, http.StatusCreated, "POST", "/api/v1/kiosk/points/links", `{"install":"`+install+`"}`, "")), &l)
	return l
}

func (e *env) pollLink(t *testing.T, want int, id string) rest.KioskLinkState {
	t.Helper()
	var s rest.KioskLinkState
	json.Unmarshal([]byte(e.call(t, want, "GET", "/api/v1/kiosk/points/links/"+id+"?install="+install, "", "")), &s)
	return s
}

func confirmBody(card string) string { return `{"card":"` + card + `"}` }

// A kiosk opens a link, shows its QR code, a member's phone confirms it
// with its card and the kiosk, asking, gets a member code it can look up
// — once; a second phone, or the same again, is told the link was used.
func TestKioskLinksAPhone(t *testing.T) {
	e := newEnv(t)
	card := e.phoneCard(t)
	created := e.call(t, http.StatusCreated, "POST", "/api/v1/kiosk/points/links", `{"install":"`+install+`"}`, "")
	golden(t, "kiosk_link", strings.ReplaceAll(created, jsonID(created), "<id>"))
	var l rest.KioskLink
	json.Unmarshal([]byte(created), &l)
	if !strings.HasSuffix(l.URL, "/m/link/"+l.ID) || time.Until(l.ExpiresAt) > linkTTL {
		t.Fatalf("link = %+v; want the member page's /m/link/{id}, ending within %v", l, linkTTL)
	}
	png := e.call(t, http.StatusOK, "GET", l.QR, "", "")
	if !bytes.HasPrefix([]byte(png), []byte("\x89PNG")) {
		t.Errorf("the link's QR is not a PNG: %q…", png[:min(len(png), 8)])
	}
	if s := e.pollLink(t, http.StatusOK, l.ID); s.Linked || s.MemberCode != "" {
		t.Errorf("before any phone: %+v; want not linked", s)
	}
	e.call(t, http.StatusNotFound, "GET", "/api/v1/kiosk/points/links/"+l.ID+"?install="+install+"-other", "", "")

	e.call(t, http.StatusNoContent, "POST", "/api/v1/points/card/links/"+l.ID, confirmBody(card), "")
	e.call(t, http.StatusGone, "POST", "/api/v1/points/card/links/"+l.ID, confirmBody(card), "")
	e.call(t, http.StatusGone, "POST", "/api/v1/points/card/links/"+l.ID, confirmBody(e.phoneCard(t)), "")
	s := e.pollLink(t, http.StatusOK, l.ID)
	if !s.Linked || !points.WellFormed(s.MemberCode) {
		t.Fatalf("after the phone: %+v; want linked with a member code", s)
	}
	golden(t, "kiosk_link_state", `{"linked":true,"member_code":"`+s.MemberCode+`"}`)
	if got := e.kioskBalance(t, s.MemberCode).Balance; got != 20 {
		t.Errorf("the linked member's balance = %d; want 20", got)
	}
	e.pollLink(t, http.StatusGone, l.ID) // the code is given once
}

// jsonID is a body's "id".
func jsonID(body string) string {
	var v struct{ ID string }
	json.Unmarshal([]byte(body), &v)
	return v.ID
}

// Links end after two minutes; bad ids, bad cards and bad bodies are
// refused without touching the link.
func TestKioskLinkRefusals(t *testing.T) {
	e := newEnv(t)
	card := e.phoneCard(t)
	now := time.Now()
	e.api.now = func() time.Time { return now }
	l := e.openLink(t)
	forged := "scp_" + strings.Repeat("A", 64)
	for _, c := range []struct {
		name, id, body string
		want           int
	}{
		{"unknown id", "AAAAAAAAAAAAAAAAAAAAAA", confirmBody(card), http.StatusNotFound},
		{"malformed id", "../../x", confirmBody(card), http.StatusNotFound},
		{"forged card", l.ID, confirmBody(forged), http.StatusUnprocessableEntity},
		{"no card", l.ID, `{}`, http.StatusUnprocessableEntity},
		{"not JSON", l.ID, `{"card":`, http.StatusBadRequest},
	} {
		t.Run(c.name, func(t *testing.T) {
			if code, b := e.do(t, "POST", "/api/v1/points/card/links/"+c.id, c.body, ""); code != c.want {
				t.Errorf("confirm = %d %s; want %d", code, b, c.want)
			}
		})
	}
	for _, bad := range []string{"AAAA", strings.Repeat("A", 23), "AAAAAAAAAAAAAAAAAAAAA%21"} {
		e.call(t, http.StatusNotFound, "GET", "/api/v1/kiosk/points/links/"+bad+"/qr.png", "", "")
	}
	e.call(t, http.StatusNotFound, "GET", "/api/v1/kiosk/points/links/AAAAAAAAAAAAAAAAAAAAAA?install="+install, "", "")
	e.call(t, http.StatusUnprocessableEntity, "GET", "/api/v1/kiosk/points/links/"+l.ID+"?install=x", "", "")
	e.call(t, http.StatusUnprocessableEntity, "POST", "/api/v1/kiosk/points/links", `{}`, "")

	now = now.Add(linkTTL + time.Second)
	e.pollLink(t, http.StatusGone, l.ID)
	e.call(t, http.StatusGone, "POST", "/api/v1/points/card/links/"+l.ID, confirmBody(card), "")
	now = now.Add(linkTTL)
	e.openLink(t) // sweeps the long-expired link
	e.call(t, http.StatusNotFound, "POST", "/api/v1/points/card/links/"+l.ID, confirmBody(card), "")
}
