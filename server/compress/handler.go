package compress

import (
	"net/http"
	"strings"
)

// Handler compresses next's text responses for clients that accept it.
// A WebSocket upgrade and a HEAD request go through untouched: the one
// takes the connection over, the other has no body.
func Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead || r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		// A compressed answer's ETag is weak (writer.go); a client sends it
		// back as W/"…". If-None-Match compares weakly anyway, and the
		// handlers below compare strings: give them theirs.
		if inm := r.Header.Get("If-None-Match"); strings.Contains(inm, `W/"`) {
			r = r.Clone(r.Context())
			r.Header.Set("If-None-Match", strings.ReplaceAll(inm, `W/"`, `"`))
		}
		cw := &writer{ResponseWriter: w, enc: Negotiate(r.Header.Get("Accept-Encoding"))}
		defer cw.close()
		next.ServeHTTP(cw, r)
	})
}
