package command

import (
	"context"
	"net/http"
	"strings"

	"storecast/app/content"
	"storecast/server/api"
	"storecast/server/coupon"
	"storecast/server/store"
)

// couponSource gives the coupon page its coupon when the server renders it:
// a couponpage.Source, as a plain func so the server imports no page.
func couponSource(st *store.Store, codec *coupon.Codec, hq api.ChainCoupons, publicURL string) func(context.Context, string) (content.Coupon, error) {
	return func(ctx context.Context, code string) (content.Coupon, error) {
		if canon, ok := coupon.ChainCode(code); ok && hq != nil { // a chain coupon: head office holds it
			cp, err := hq.Coupon(ctx, canon)
			cp.Code, cp.URL, cp.RedeemedBy = canon, publicURL+"/c/"+canon, ""
			return cp, err
		}
		serial, canon, err := codec.Parse(code)
		if err != nil {
			return content.Coupon{}, err
		}
		cp, err := st.Coupon(ctx, serial)
		if err != nil {
			return content.Coupon{}, err
		}
		cp.Code, cp.URL, cp.RedeemedBy = canon, publicURL+"/c/"+canon, ""
		return cp, nil
	}
}

// inPhoneLanguage sends a coupon page opened without ?lang= to the
// language the phone asks for, so a shopper sees their own language; the
// URL then says it, which the service worker's offline copy keeps.
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
