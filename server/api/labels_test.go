package api

import (
	"net/http"
	"strings"
	"testing"
)

func TestLabels(t *testing.T) {
	e := newEnv(t)
	e.call(t, http.StatusOK, "PUT", "/api/v1/brand", sampleBrand)
	e.call(t, http.StatusOK, "PUT", "/api/v1/categories/tea", `{"name":{"en":"Tea"}}`)
	e.call(t, http.StatusCreated, "POST", "/api/v1/products",
		`{"sku":"L-1","name":{"en":"Tea <b>&</b> \"milk\""},"price":1290,"unit":"500 g","category":"tea"}`)
	e.call(t, http.StatusCreated, "POST", "/api/v1/products", `{"sku":"L-2","name":{"en":"Oolong"},"price":800,"category":"tea"}`)

	page := e.call(t, http.StatusOK, "GET", "/labels?sku=L-1&sku=L-2&lang=en", "")
	for _, want := range []string{
		"Tea &lt;b&gt;&amp;&lt;/b&gt; &#34;milk&#34;", // the name escaped
		"12.90", `<span class="unit">/ 500 g</span>`, "8.00", "Fresh Corner",
		`<svg role="img" aria-label="QR L-1"`, `<path fill="#000" d="M`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("got labels without %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "<b>") || strings.Contains(page, "<script") {
		t.Errorf("got labels with markup from a name or a script:\n%s", page)
	}
	if got := strings.Count(e.call(t, http.StatusOK, "GET", "/labels?category=tea", ""), `class="label"`); got != 2 {
		t.Errorf("got %d labels for the category; want 2", got)
	}

	many := strings.Repeat("sku=L-1&", maxLabels+1)
	for _, tt := range []struct{ name, path string }{
		{"nothing asked", "/labels"},
		{"both", "/labels?sku=L-1&category=tea"},
		{"unknown sku", "/labels?sku=NOPE"},
		{"empty category", "/labels?category=none"},
		{"too many", "/labels?" + many},
	} {
		if code, body := e.do(t, "GET", tt.path, ""); code != http.StatusUnprocessableEntity {
			t.Errorf("%s: got %d %s; want 422", tt.name, code, body)
		}
	}
	if code, _ := e.do(t, "GET", "/labels?sku=L-1", "", ""); code != http.StatusUnauthorized {
		t.Errorf("no credentials: got %d; want 401", code)
	}
}

func TestLabelsPolicyAllowsOnlyTheirStyle(t *testing.T) {
	e := newEnv(t)
	e.call(t, http.StatusCreated, "POST", "/api/v1/products", `{"sku":"L-1","name":{"en":"Salt"},"price":100}`)
	req, _ := http.NewRequest("GET", e.srv.URL+"/labels?sku=L-1", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	csp := res.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "style-src 'sha256-") || strings.Contains(csp, "script-src") {
		t.Errorf("got policy %q; want no script and the one style by hash", csp)
	}
}
