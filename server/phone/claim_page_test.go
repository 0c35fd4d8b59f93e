package phone

import "testing"

func TestValidCampaign(t *testing.T) {
	long := string(make([]byte, 65))
	for id, want := range map[string]bool{
		"spring-2026_A1": true,
		"a":              true,
		"":               false,
		"has space":      false,
		"semi;colon":     false,
		"../etc":         false,
		"é":              false,
		long:             false,
		long[:64]:        false, // NUL bytes
	} {
		if got := validCampaign(id); got != want {
			t.Errorf("validCampaign(%q) = %v; want %v", id, got, want)
		}
	}
	ok64 := ""
	for range 64 {
		ok64 += "x"
	}
	if !validCampaign(ok64) || validCampaign(ok64+"x") {
		t.Error("validCampaign must take 64 characters and refuse 65")
	}
}

// TestClaimPage: a campaign's link gets the page the script claims from,
// with every answer it may give in the page's language; a link that
// names no campaign says so at once, with 404, and gives the script
// nothing to claim.
func TestClaimPage(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name, path string
		status     int
	}{
		{"campaign.en", "/claim/spring-2026_A1?lang=en", 200},
		{"campaign.zh-Hans", "/claim/spring-2026_A1?lang=zh-Hans", 200},
		{"damaged.zh-Hant", "/claim/7c1f..%2Fx?lang=zh-Hant", 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := e.get(t, tt.path)
			if res.StatusCode != tt.status {
				t.Fatalf("GET %s = %d; want %d", tt.path, res.StatusCode, tt.status)
			}
			if got := res.Header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
				t.Errorf("Content-Security-Policy = %q; want the phone pages' own", got)
			}
			checkPage(t, body)
			golden(t, "claim."+tt.name+".html", body)
		})
	}
}
