package pwa

import (
	"io"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestFixAttributes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<img alt="plain" src="/a.png">`, `<img alt="plain" src="/a.png">`},
		{`<img alt="x\" onerror=alert(1) y=\"">`, `<img alt="x&#34; onerror=alert(1) y=&#34;">`},
		{`<div data-state="{\"epoch\":\"e1\",\"seq\":3}">`, `<div data-state="{&#34;epoch&#34;:&#34;e1&#34;,&#34;seq&#34;:3}">`},
		{`<p title="a \\ b">5 &gt; 3 "quoted" text</p>`, `<p title="a \ b">5 &gt; 3 "quoted" text</p>`},
		{`<img alt="草莓 <b>&</b>">`, `<img alt="草莓 &lt;b&gt;&amp;&lt;/b&gt;">`},
		{`<input disabled><a href="/x?a=1&b=2">`, `<input disabled><a href="/x?a=1&amp;b=2">`},
	}
	for _, tt := range tests {
		if got := string(fixAttributes([]byte(tt.in))); got != tt.want {
			t.Errorf("fixAttributes(%s)\n = %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

type evilPage struct{ app.Compo }

func (p *evilPage) Render() app.UI {
	return app.Div().Body(
		app.Img().Src("/x.png").Alt(`Berries" onerror="alert(1)`),
		app.Div().ID("boot").DataSet("state", `{"promotions":[{"title":"a\"b"}]}`),
	)
}

// Staff text in an attribute of a prerendered page stays inside it.
func TestPrerenderedAttributesCannotInject(t *testing.T) {
	app.Route("/pwa-evil", func() app.Composer { return &evilPage{} })
	h := New(testFiles(t), "test", []string{"/pwa-evil"})
	body, _ := io.ReadAll(get(t, h, "/pwa-evil").Body)
	page := string(body)
	if strings.Contains(page, `onerror="alert`) || strings.Contains(page, `\"`) {
		t.Fatalf("an attribute leaks:\n%s", page)
	}
	for _, want := range []string{`alt="Berries&#34; onerror=&#34;alert(1)"`, `data-state="{&#34;promotions&#34;:[{&#34;title&#34;:&#34;a\&#34;b&#34;}]}"`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s:\n%s", want, page)
		}
	}
}
