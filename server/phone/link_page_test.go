package phone

import (
	"strings"
	"testing"
)

// TestLinkPage: the page a kiosk's QR code opens carries the link's id
// for its script and every word the script may say, with a way to join
// for a phone with no card; it holds nobody's data, and an id that is
// no link's is the API's to refuse, escaped here like any other.
func TestLinkPage(t *testing.T) {
	e := newEnv(t)
	for _, lang := range []string{"en", "zh-Hans", "zh-Hant"} {
		t.Run(lang, func(t *testing.T) {
			path := "/m/link/AAAAAAAAAAAAAAAAAAAAAA?lang=" + lang
			res, body := e.get(t, path)
			if res.StatusCode != 200 {
				t.Fatalf("GET %s = %d; want 200", path, res.StatusCode)
			}
			if got := res.Header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
				t.Errorf("Content-Security-Policy = %q; want the phone pages' own", got)
			}
			for _, want := range []string{`data-id="AAAAAAAAAAAAAAAAAAAAAA"`, `href="/m?lang=` + lang + `"`, `src="/web/member_link.js"`} {
				if !strings.Contains(body, want) {
					t.Errorf("the page lacks %s", want)
				}
			}
			checkPage(t, body)
			golden(t, "link."+lang+".html", body)
		})
	}
	if _, body := e.get(t, `/m/link/%22%3E%3Cscript%3E?lang=en`); strings.Contains(body, `"><script>`) {
		t.Errorf("the link id is not escaped: %s", body)
	}
	if res, _ := e.get(t, "/m/link/x"); res.StatusCode != 302 {
		t.Errorf("GET /m/link/x without a language = %d; want sent on to the phone's language", res.StatusCode)
	}
}
