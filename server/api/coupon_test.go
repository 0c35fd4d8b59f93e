package api

import (
	"bytes"
	"encoding/json"
	"image"
	_ "image/png"
	"io"
	"net/http"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/app/qr/qrtest"
)

const install = "kiosk-install-0123456789"

func (e *env) campaign(t *testing.T, quantity, perDevice int) string {
	t.Helper()
	body := `{"title":{"en":"10% off fruit","zh-Hans":"水果九折"},"offer":{"en":"On any fruit"},"quantity":` + itoa(quantity) +
		`,"per_device":` + itoa(perDevice) + `,"window_minutes":60,"coupon_minutes":120,"status":"live"}`
	code, b := e.do(t, "POST", "/api/v1/campaigns", body)
	if code != http.StatusCreated {
		t.Fatalf("create campaign = %d %s", code, b)
	}
	var c content.Campaign
	json.Unmarshal([]byte(b), &c)
	return c.ID
}

func (e *env) claim(t *testing.T, campaign, inst string) (int, map[string]json.RawMessage) {
	t.Helper()
	code, b := e.do(t, "POST", "/api/v1/kiosk/claims", `{"campaign":"`+campaign+`","install":"`+inst+`"}`, "")
	var out map[string]json.RawMessage
	json.Unmarshal([]byte(b), &out)
	return code, out
}

func TestClaimShowRedeem(t *testing.T) {
	e := newEnv(t)
	id := e.campaign(t, 5, 1)
	status, out := e.claim(t, id, install)
	if status != http.StatusCreated {
		t.Fatalf("claim = %d %s", status, out)
	}
	var cp content.Coupon
	json.Unmarshal(out["coupon"], &cp)
	if !strings.HasPrefix(cp.Code, "SC-") || cp.URL != "http://shop.test/c/"+cp.Code {
		t.Fatalf("coupon = %+v; want a code and its public URL", cp)
	}
	if status, _ := e.claim(t, id, install); status != http.StatusConflict {
		t.Fatalf("second claim from the same kiosk = %d; want 409 (per-device limit)", status)
	}

	// The QR on the kiosk decodes to the coupon's URL.
	res, err := http.Get(e.srv.URL + "/c/" + cp.Code + "/qr.png")
	if err != nil {
		t.Fatal(err)
	}
	png, _ := io.ReadAll(res.Body)
	res.Body.Close()
	img, _, err := image.Decode(bytes.NewReader(png))
	if err != nil {
		t.Fatalf("QR is not a PNG: %v", err)
	}
	if text, err := qrtest.ReadImage(img); err != nil || text != cp.URL {
		t.Fatalf("QR decodes to %q, %v; want %s", text, err, cp.URL)
	}

	// The phone's page data, typed sloppily.
	sloppy := strings.ToLower(strings.ReplaceAll(cp.Code, "-", ""))
	if code, b := e.do(t, "GET", "/api/v1/coupons/"+sloppy, "", ""); code != 200 || !strings.Contains(b, `"status":"issued"`) {
		t.Fatalf("coupon page data = %d %s", code, b)
	}

	e.addUser(t, "cal", "cashier")
	till := e.signIn(t, "cal")
	for i, typed := range []string{cp.URL, cp.Code} { // scanned from the phone's QR, then typed
		want := []string{"redeemed", "already_redeemed"}[i]
		code, b := till.send(t, e, "POST", "/api/v1/redemptions", `{"code":"`+typed+`"}`, true)
		if code != 200 || !strings.Contains(b, `"outcome":"`+want+`"`) {
			t.Fatalf("redemption %d = %d %s; want %s", i+1, code, b, want)
		}
	}
	altered := cp.Code[:len(cp.Code)-1] + map[bool]string{true: "1", false: "2"}[cp.Code[len(cp.Code)-1] != '1']
	if _, b := till.send(t, e, "POST", "/api/v1/redemptions", `{"code":"`+altered+`"}`, true); !strings.Contains(b, `"outcome":"invalid"`) {
		t.Fatalf("altered code = %s; want invalid", b)
	}
	if code, b := e.do(t, "GET", "/api/v1/coupons/"+cp.Code, "", ""); !strings.Contains(b, `"status":"redeemed"`) || strings.Contains(b, "cal") {
		t.Fatalf("phone after redemption = %d %s; want redeemed, without the cashier's name", code, b)
	}
	_, b := e.do(t, "GET", "/api/v1/audit", "")
	if !strings.Contains(b, `"actor":"cal","action":"coupon.redeem"`) {
		t.Fatalf("audit lacks the redemption by cal: %s", b)
	}
	_, b = e.do(t, "GET", "/api/v1/campaigns/"+id, "")
	if !strings.Contains(b, `"redeemed":1`) || !strings.Contains(b, `"claimed":1`) {
		t.Fatalf("report = %s; want 1 claimed, 1 redeemed", b)
	}
}

func TestClaimBadInput(t *testing.T) {
	e := newEnv(t)
	id := e.campaign(t, 1, 5)
	tests := []struct {
		name, body string
		code       int
		want       string
	}{
		{"no install id", `{"campaign":"` + id + `"}`, 422, `"field":"install"`},
		{"short install id", `{"campaign":"` + id + `","install":"x"}`, 422, `"field":"install"`},
		{"unknown campaign", `{"campaign":"nope","install":"` + install + `"}`, 422, `"field":"campaign"`},
		{"bad json", `{"campaign":`, 400, "bad_json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, b := e.do(t, "POST", "/api/v1/kiosk/claims", tt.body, ""); code != tt.code || !strings.Contains(b, tt.want) {
				t.Fatalf("= %d %s; want %d with %s", code, b, tt.code, tt.want)
			}
		})
	}
	if status, _ := e.claim(t, id, install); status != http.StatusCreated {
		t.Fatal("the one coupon could not be claimed")
	}
	if status, out := e.claim(t, id, "another-kiosk-install-01"); status != http.StatusConflict || !strings.Contains(string(out["error"]), "sold_out") {
		t.Fatalf("claim after sell-out = %d %s; want 409 sold_out", status, out)
	}
	if code, _ := e.do(t, "GET", "/c/SC-0000-0000-0000/qr.png", "", ""); code != http.StatusNotFound {
		t.Fatalf("QR of a forged code = %d; want 404", code)
	}
}

// Each refusal has its own code, so the phone's claim page can say why:
// an ended offer (by status or past valid_to) is not one paused for now.
func TestClaimRefusalCodes(t *testing.T) {
	e := newEnv(t)
	create := func(extra string) string {
		t.Helper()
		code, b := e.do(t, "POST", "/api/v1/campaigns", `{"title":{"en":"Offer"},"quantity":10,"per_device":1,"window_minutes":60,"coupon_minutes":60,`+extra+`}`)
		if code != http.StatusCreated {
			t.Fatalf("create campaign = %d %s", code, b)
		}
		var c content.Campaign
		json.Unmarshal([]byte(b), &c)
		return c.ID
	}
	tests := []struct {
		name, extra, want string
	}{
		{"ended", `"status":"ended"`, "ended"},
		{"last day passed", `"status":"live","valid_to":"2020-01-01T00:00:00Z"`, "ended"},
		{"paused", `"status":"paused"`, "not_claimable"},
		{"draft", `"status":"draft"`, "not_claimable"},
		{"not started", `"status":"live","valid_from":"2099-01-01T00:00:00Z"`, "not_claimable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out := e.claim(t, create(tt.extra), install)
			var got struct{ Code string }
			json.Unmarshal(out["error"], &got)
			if status != http.StatusConflict || got.Code != tt.want {
				t.Fatalf("claim = %d %s; want 409 %s", status, out["error"], tt.want)
			}
		})
	}
}
