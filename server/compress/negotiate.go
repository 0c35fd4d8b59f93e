package compress

import (
	"strconv"
	"strings"
)

// The encodings this package and the build's precompressed files use, as
// Content-Encoding names them.
const (
	Brotli = "br"
	Gzip   = "gzip"
)

// Negotiate picks the encoding to send for an Accept-Encoding header:
// brotli or gzip, whichever has the higher weight (brotli on a tie: it is
// a fifth smaller on text), or "" for none. An encoding refused with q=0,
// or not named, is never picked; "*" names both.
func Negotiate(header string) string {
	best, bestQ := "", 0.0
	for _, enc := range []string{Brotli, Gzip} {
		if q := weight(header, enc); q > bestQ {
			best, bestQ = enc, q
		}
	}
	return best
}

// weight is the q value header gives enc, 0 when it gives none.
func weight(header, enc string) float64 {
	q, named := 0.0, false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != enc && (name != "*" || named) {
			continue
		}
		w := 1.0
		if v, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			w = f
		}
		if name == enc {
			q, named = w, true // the encoding's own entry wins over "*"
		} else {
			q = w
		}
	}
	return q
}
