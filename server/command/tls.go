package command

import (
	"crypto/tls"
	"fmt"
	"net/http"
)

// loadTLS reads the certificate and key of --tls-cert and --tls-key, or
// returns nil when the server speaks plain HTTP (behind a proxy that
// terminates TLS, or on a trusted network). A renewed certificate is read
// at the next start.
//
// The config offers HTTP/1.1 only (no "h2" in NextProtos): the live feed's
// WebSocket upgrade needs it, and a browser that negotiated HTTP/2 could
// try WebSockets over it, which the hub does not speak.
func loadTLS(cfg Config) (*tls.Config, error) {
	if !cfg.TLS() {
		return nil, nil
	}
	cert, err := tls.LoadX509KeyPair(cfg.TLSCert, cfg.TLSKey)
	if err != nil {
		return nil, fmt.Errorf("tls: %w", err)
	}
	return &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{cert}}, nil
}

// hstsPolicy tells browsers to use HTTPS for this host for a year. It
// leaves subdomains alone: a store's host name may share a domain with
// others that are not ours.
const hstsPolicy = "max-age=31536000"

// hsts adds Strict-Transport-Security to every answer of a server that
// speaks TLS itself.
func hsts(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Strict-Transport-Security", hstsPolicy)
		next.ServeHTTP(w, r)
	})
}
