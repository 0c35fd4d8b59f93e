package phone

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestCouponPage renders a coupon in each state and language against
// golden pages, and checks what the page must always be: a complete
// document with its status in words, the code spelled out for screen
// readers as text (not an aria-label), no inline script or style (the
// policy refuses both), and the headers a coupon page needs.
func TestCouponPage(t *testing.T) {
	e := newEnv(t)
	issued, redeemed, expired := e.claim(t, 1001), e.claim(t, 1002), e.claim(t, 1003)
	e.now = issuedAt.Add(90 * time.Minute)
	if _, ok, err := e.store.Redeem(context.Background(), 1002, "till1"); err != nil || !ok {
		t.Fatalf("redeem = %v, %v", ok, err)
	}
	nextDay := issuedAt.Add(25 * time.Hour) // the first and last have expired; the redeemed one stays redeemed
	tests := []struct {
		name, path string
		at         time.Time
		status     int
		want       []string
	}{
		{"issued.en", "/c/" + issued + "?lang=en", issuedAt, 200, []string{"● Valid until Sunday 15 March, 10:00", `<svg class="sc-coupon-qr" role="img"`}},
		{"redeemed.zh-Hans", "/c/" + redeemed + "?lang=zh-Hans", nextDay, 200, []string{"✓ 已于 3月14日 星期六 11:30 使用"}},
		{"expired.zh-Hant", "/c/" + expired + "?lang=zh-Hant", nextDay, 200, []string{"✕ 已於 3月15日 星期日 10:00 過期"}},
		{"invalid.en", "/c/SC-0000-0000-0000?lang=en", nextDay, 404, []string{"This is not a valid coupon"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.now = tt.at
			res, body := e.get(t, tt.path)
			if res.StatusCode != tt.status {
				t.Fatalf("GET %s = %d; want %d", tt.path, res.StatusCode, tt.status)
			}
			for k, v := range map[string]string{
				"Content-Type":            "text/html; charset=utf-8",
				"Cache-Control":           "no-cache",
				"Content-Security-Policy": ContentSecurityPolicy,
			} {
				if got := res.Header.Get(k); got != v {
					t.Errorf("%s = %q; want %q", k, got, v)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("the page lacks %q", w)
				}
			}
			checkPage(t, body)
			golden(t, "coupon."+tt.name+".html", body)
		})
	}
}

func TestCouponPageSpellsTheCodeOut(t *testing.T) {
	e := newEnv(t)
	code := e.claim(t, 1001)
	_, body := e.get(t, "/c/"+code+"?lang=en")
	spoken := `<p class="sc-visually-hidden">Coupon code: ` + spelled(code) + `</p>`
	if !strings.Contains(body, spoken) {
		t.Errorf("the page lacks %s", spoken)
	}
	if shown := `<p class="sc-coupon-code" aria-hidden="true">` + code + `</p>`; !strings.Contains(body, shown) {
		t.Errorf("the page lacks %s", shown)
	}
	if strings.Contains(body, "aria-label=") {
		t.Error("the page has an aria-label; the code's reading is visually hidden text")
	}
	if got, want := spelled("SC-7KQ2-M9XD-4TZP"), "S C, 7 K Q 2, M 9 X D, 4 T Z P"; got != want {
		t.Errorf("spelled = %q; want %q", got, want)
	}
}

// A coupon's QR code opens /c/{code} with no language: the page sends the
// phone on to its own.
func TestCouponPageGoesToThePhonesLanguage(t *testing.T) {
	e := newEnv(t)
	code := e.claim(t, 1001)
	for accept, want := range map[string]string{"en-GB,en;q=0.9": "en", "zh-TW": "zh-Hant", "": "zh-Hans"} {
		res, _ := e.get(t, "/c/"+code, "Accept-Language", accept)
		if loc := res.Header.Get("Location"); res.StatusCode != http.StatusFound || loc != "/c/"+code+"?lang="+want {
			t.Errorf("Accept-Language %q: %d to %q; want 302 to ?lang=%s", accept, res.StatusCode, loc, want)
		}
	}
}

// checkPage fails on what the pages' policy refuses or a reader needs:
// the one style element must be the sheet whose hash the policy names.
func checkPage(t *testing.T, body string) {
	t.Helper()
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(body, -1)
	if len(style) != 1 || style[0][1] != styleSheet {
		t.Errorf("the page has %d style elements; want one, the sheet as it is", len(style))
	}
	sum := sha256.Sum256([]byte(styleSheet))
	if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(ContentSecurityPolicy, "style-src "+h+";") {
		t.Errorf("the policy does not allow the sheet by its hash %s: %s", h, ContentSecurityPolicy)
	}
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`<script(\s[^>]*)?>[^<]`), // inline script
		regexp.MustCompile(`<style[^>]*>[^<]*<style`),
		regexp.MustCompile(`\sstyle=`),
		regexp.MustCompile(`\son[a-z]+=`),
		regexp.MustCompile(`aria-label=`),
	} {
		if m := bad.FindString(body); m != "" {
			t.Errorf("the page has %q", m)
		}
	}
	for _, want := range []string{"<!doctype html>", `<html lang="`, `<meta name="viewport"`, "<title>", "<h1>", "</html>"} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
}
