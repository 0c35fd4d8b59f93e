package phone

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/app/palette"
)

// TestBrandedCouponPage: with a brand, the coupon page names the store
// and shows its logo instead of the product, its sheet carries colours
// that read on the page, and the policy allows exactly that sheet.
func TestBrandedCouponPage(t *testing.T) {
	e := newEnv(t)
	code := e.claim(t, 2001)
	logo := content.MediaPrefix + strings.Repeat("ab", 32) + ".png"
	b := content.Brand{Name: content.Text{content.LocaleZhHans: "鲜果便利", content.LocaleEn: "Fresh Corner"},
		Logo: logo, Color: "#ffff00", Accent: "#2b8a3e"}
	if err := e.store.SetBrand(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, name string }{{"en", "Fresh Corner"}, {"zh-Hant", "鲜果便利"}} {
		t.Run(tc.lang, func(t *testing.T) {
			res, body := e.get(t, "/c/"+code+"?lang="+tc.lang)
			want := `<p class="sc-phone-brand"><img class="sc-phone-logo" src="` + logo + `" alt="" width="40" height="40">` + tc.name + `</p>`
			if !strings.Contains(body, want) {
				t.Errorf("the page lacks the store's name and logo %s", want)
			}
			if strings.Contains(body, "Storecast") || strings.Contains(body, "店播") {
				t.Error("the page names the product; want only the store")
			}
			sheet := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(body)
			if sheet == nil || !strings.HasPrefix(sheet[1], styleSheet) {
				t.Fatal("the page has no style element starting with the sheet")
			}
			if got, want := res.Header.Get("Content-Security-Policy"), sheetPolicy(hashOf(sheet[1])); got != want {
				t.Errorf("Content-Security-Policy = %q; want %q, naming the branded sheet", got, want)
			}
			m := regexp.MustCompile(`--brand: (#[0-9a-f]{6}); --on-brand: (#[0-9a-f]{6});`).FindStringSubmatch(sheet[1])
			if m == nil {
				t.Fatalf("the sheet has no brand colours: %s", sheet[1][len(styleSheet):])
			}
			text, on := palette.MustParse(m[1]), palette.MustParse(m[2])
			if r := palette.Contrast(text, palette.White); r < 7 {
				t.Errorf("--brand %s on the white page: %.2f:1; want ≥ 7", text, r)
			}
			if r := palette.Contrast(on, text); r < 7 {
				t.Errorf("--on-brand %s on --brand %s: %.2f:1; want ≥ 7", on, text, r)
			}
			if !strings.Contains(body, `<meta name="theme-color" content="#ffff00">`) {
				t.Error("the browser's bar is not the brand's colour")
			}
		})
	}
}
