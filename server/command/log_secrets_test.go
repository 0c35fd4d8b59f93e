package command

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"storecast/app/content"
)

// TestLogNamesNoSecret runs pairing by code, enrolment by link (a refused
// one too) and a coupon claim against the real server and checks its log:
// screens appear by id, and no pairing code, device token, enrolment link
// token, coupon code or admin token appears anywhere.
func TestLogNamesNoSecret(t *testing.T) {
	base, log, stop := liveServer(t, "--log-level", "debug")
	var secrets []string

	// Pairing by code.
	first, ws := screenDial(t, base, content.Hello{Kind: content.KindSignage, Pair: true})
	var welcome content.Welcome
	if json.Unmarshal(first.Data, &welcome); welcome.Pairing == nil {
		t.Fatalf("first frame %s %s; want a welcome with a pairing code", first.Type, first.Data)
	}
	code := welcome.Pairing.Code
	var paired struct{ ID string }
	call(t, "POST", base+"/api/v1/screens", `{"code":"`+code+`","name":"Entrance","kind":"signage"}`, http.StatusCreated, &paired)
	var enrolled content.Enrolled
	if env := readFrame(t, ws); env.Type != content.TypeEnrolled || json.Unmarshal(env.Data, &enrolled) != nil {
		t.Fatalf("after pairing got %s %s; want enrolled", env.Type, env.Data)
	}
	if env, _ := screenDial(t, base, content.Hello{Kind: content.KindSignage, Token: enrolled.Token}); env.Type != content.TypeWelcome {
		t.Fatalf("with its token the screen got %s; want welcome", env.Type)
	}
	secrets = append(secrets, code, strings.ToLower(code), enrolled.Token)

	// Enrolment by link, and a link that is refused.
	var link struct{ URL string }
	call(t, "POST", base+"/api/v1/enrolment-links", `{"name":"Till","kind":"kiosk","hours":1}`, http.StatusCreated, &link)
	u, err := url.Parse(link.URL)
	if err != nil {
		t.Fatal(err)
	}
	linkToken := u.Query().Get("enrol")
	env, _ := screenDial(t, base, content.Hello{Kind: content.KindKiosk, Enrol: linkToken})
	var byLink content.Enrolled
	if env.Type != content.TypeEnrolled || json.Unmarshal(env.Data, &byLink) != nil || byLink.Token == "" {
		t.Fatalf("enrolment link got %s %s; want enrolled", env.Type, env.Data)
	}
	refused := "sce_" + strings.Repeat("A", len(linkToken)-len("sce_"))
	env, _ = screenDial(t, base, content.Hello{Kind: content.KindKiosk, Enrol: refused})
	var instead content.Welcome
	if json.Unmarshal(env.Data, &instead); env.Type != content.TypeWelcome || instead.Pairing == nil {
		t.Fatalf("a refused link got %s %s; want a welcome with a pairing code", env.Type, env.Data)
	}
	secrets = append(secrets, linkToken, byLink.Token, refused, instead.Pairing.Code)

	// A coupon claimed, looked at and redeemed.
	var campaign struct{ ID string }
	call(t, "POST", base+"/api/v1/campaigns", `{"title":{"en":"10% off fruit"},"quantity":10,"per_device":1,"window_minutes":60,"coupon_minutes":60,"status":"live"}`, http.StatusCreated, &campaign)
	var claimed struct{ Coupon content.Coupon }
	callAs(t, "", "POST", base+"/api/v1/kiosk/claims", `{"campaign":"`+campaign.ID+`","install":"k-9f2c1d7e5a3b4c6d"}`, http.StatusCreated, &claimed)
	call(t, "GET", base+"/api/v1/coupons/"+claimed.Coupon.Code, "", http.StatusOK, nil)
	secrets = append(secrets, claimed.Coupon.Code, strings.ReplaceAll(claimed.Coupon.Code, "-", ""), testAdminToken)

	// Stopping the server disconnects every screen: their lines are in
	// the log too.
	stop()
	if !strings.Contains(log.String(), "screen="+paired.ID) {
		t.Errorf("the log never names the paired screen %s:\n%s", paired.ID, log)
	}
	for _, s := range secrets {
		if s == "" {
			t.Fatal("a secret of the flow is empty; the test lost track")
		}
		if strings.Contains(log.String(), s) {
			t.Errorf("the log holds the secret %q:\n%s", s, log)
		}
	}
}
