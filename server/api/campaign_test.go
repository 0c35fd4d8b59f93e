package api

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"storecast/app/content"
)

// A campaign may name the promotion it belongs to: it must exist, and it
// is kept through an update and sent to the screens.
func TestCampaignPromotion(t *testing.T) {
	e := newEnv(t)
	code, body := e.do(t, "POST", "/api/v1/promotions", validBody)
	if code != http.StatusCreated {
		t.Fatalf("create promotion = %d %s", code, body)
	}
	var p content.Promotion
	json.Unmarshal([]byte(body), &p)

	campaign := func(promotion string) string {
		return `{"title":{"en":"Strawberry coupon"},"quantity":10,"per_device":1,"window_minutes":60,` +
			`"coupon_minutes":60,"status":"live","promotion":"` + promotion + `"}`
	}
	for _, tc := range []struct {
		name, promotion string
		want            int
		has             string
	}{
		{"none", "", http.StatusCreated, `"status":"live"`},
		{"existing", p.ID, http.StatusCreated, `"promotion":"` + p.ID + `"`},
		{"unknown", "nope", http.StatusUnprocessableEntity, `"field":"promotion"`},
		{"too long", strings.Repeat("x", 65), http.StatusUnprocessableEntity, `"field":"promotion"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := e.do(t, "POST", "/api/v1/campaigns", campaign(tc.promotion))
			if code != tc.want || !strings.Contains(body, tc.has) {
				t.Errorf("create = %d %s; want %d with %s", code, body, tc.want, tc.has)
			}
		})
	}

	code, body = e.do(t, "POST", "/api/v1/campaigns", campaign(p.ID))
	var c content.Campaign
	if err := json.Unmarshal([]byte(body), &c); err != nil || code != http.StatusCreated {
		t.Fatalf("create = %d %s", code, body)
	}
	if code, body := e.do(t, "PUT", "/api/v1/campaigns/"+c.ID, campaign("")); code != http.StatusOK || strings.Contains(body, `"promotion"`) {
		t.Errorf("update without promotion = %d %s; want it unlinked", code, body)
	}
	if code, body := e.do(t, "PUT", "/api/v1/campaigns/"+c.ID, campaign(p.ID)); code != http.StatusOK || !strings.Contains(body, `"promotion":"`+p.ID+`"`) {
		t.Errorf("update with promotion = %d %s", code, body)
	}
	if code, body := e.do(t, "GET", "/api/v1/campaigns/"+c.ID, ""); code != http.StatusOK || !strings.Contains(body, `"promotion":"`+p.ID+`"`) {
		t.Errorf("get = %d %s; want the promotion kept", code, body)
	}
}
