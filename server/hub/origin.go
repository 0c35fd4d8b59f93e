package hub

import (
	"net/http"
	"net/url"
	"strings"
)

// normalizeOrigins turns configured origins into a lookup set.
func normalizeOrigins(origins []string) map[string]bool {
	set := make(map[string]bool, len(origins))
	for _, o := range origins {
		set[strings.ToLower(strings.TrimSuffix(o, "/"))] = true
	}
	return set
}

// originAllowed is the WebSocket CSRF check: a browser page may open the
// live feed only from this server's own host or an allowed origin. Clients
// that send no Origin (screens' native shells, tests, curl) are not
// browsers acting for another site, so they pass.
func (h *Hub) originAllowed(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	if h.origins[strings.ToLower(origin)] {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	return strings.EqualFold(u.Host, r.Host)
}
