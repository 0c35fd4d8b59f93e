package phone

import (
	"net/http"
	"net/url"
	"strings"

	"storecast/app/content"
)

// inPhoneLanguage sends a page opened without ?lang= to the language the
// phone asks for, so a shopper sees their own language; the URL then says
// it, which the worker's offline copy keeps.
func inPhoneLanguage(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("lang") != "" {
			next.ServeHTTP(w, r)
			return
		}
		u := *r.URL
		q := u.Query()
		q.Set("lang", preferredLocale(r.Header.Get("Accept-Language")))
		u.RawQuery = q.Encode()
		http.Redirect(w, r, u.String(), http.StatusFound)
	})
}

// preferredLocale picks zh-Hans, zh-Hant or en from an Accept-Language
// header, in the header's order; the store's default when none fits.
func preferredLocale(header string) string {
	for _, part := range strings.Split(header, ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		tag = strings.ToLower(tag)
		switch {
		case tag == "zh-hant" || strings.HasPrefix(tag, "zh-hant-") || tag == "zh-tw" || tag == "zh-hk" || tag == "zh-mo":
			return content.LocaleZhHant
		case strings.HasPrefix(tag, "zh"):
			return content.LocaleZhHans
		case tag == "en" || strings.HasPrefix(tag, "en-"):
			return content.LocaleEn
		}
	}
	return content.DefaultLocale
}

// localeOf is the page's language: ?lang= when it is one of ours, else the
// store's default.
func localeOf(u *url.URL) string {
	if l := u.Query().Get("lang"); content.KnownLocale(l) {
		return l
	}
	return content.DefaultLocale
}
