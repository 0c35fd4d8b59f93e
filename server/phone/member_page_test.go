package phone

import (
	"html/template"
	"strings"
	"testing"

	"storecast/server/points"
)

// TestMemberPage: the member page carries the consent notice a shopper
// agrees to, in the page's language, with its version for the script to
// send, and every word the script may say; it holds nobody's data.
func TestMemberPage(t *testing.T) {
	e := newEnv(t)
	for _, lang := range []string{"en", "zh-Hans", "zh-Hant"} {
		t.Run(lang, func(t *testing.T) {
			path := "/m?lang=" + lang
			res, body := e.get(t, path)
			if res.StatusCode != 200 {
				t.Fatalf("GET %s = %d; want 200", path, res.StatusCode)
			}
			if got := res.Header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
				t.Errorf("Content-Security-Policy = %q; want the phone pages' own", got)
			}
			notice, err := points.Consent(lang)
			if err != nil {
				t.Fatal(err)
			}
			first := strings.SplitN(notice.Text, "\n", 2)[0]
			if !strings.Contains(body, template.HTMLEscapeString(first)) || !strings.Contains(body, `data-version="1"`) {
				t.Errorf("the page lacks the %s consent notice or its version", lang)
			}
			checkPage(t, body)
			golden(t, "member."+lang+".html", body)
		})
	}
}
