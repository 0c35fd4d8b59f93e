package pwa

import (
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestCSPAllowsEveryInlineScript: a page's inline scripts run only if the
// policy holds their hash, so a change to the head (ours or go-app's)
// that adds or edits one fails here rather than in a browser.
func TestCSPAllowsEveryInlineScript(t *testing.T) {
	app.Route("/pwa-csp", func() app.Composer { return &testPage{} })
	h := SecurityHeaders(New(testFiles(t), "test", []string{"/pwa-csp"}))
	res := get(t, h, "/pwa-csp")
	body, _ := io.ReadAll(res.Body)
	if got := res.Header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
		t.Fatalf("Content-Security-Policy = %q; want %q", got, ContentSecurityPolicy)
	}
	inline := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindAllSubmatch(body, -1)
	if len(inline) == 0 {
		t.Fatalf("no inline script in the page; the head's early socket script is gone?\n%s", body)
	}
	for _, m := range inline {
		if hash := scriptHash(string(m[1])); !strings.Contains(ContentSecurityPolicy, hash) {
			t.Errorf("inline script %.60q… (%s) is not allowed by the policy", m[1], hash)
		}
	}
	if regexp.MustCompile(`\son[a-z]+=`).Match(body) {
		t.Errorf("the page has an inline event handler, which the policy refuses")
	}
}
