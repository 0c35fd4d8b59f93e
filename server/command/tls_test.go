package command

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// selfSigned writes a certificate for 127.0.0.1 and its key as PEM files
// and returns their paths and a pool that trusts the certificate.
func selfSigned(t *testing.T) (certFile, keyFile string, roots *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "storecast test"},
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IsCA:                  true,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	roots = x509.NewCertPool()
	roots.AddCert(cert)
	return certFile, keyFile, roots
}

// TestServeTLS runs the server with --tls-cert and --tls-key: it answers
// over HTTPS with HSTS, accepts the live feed's WebSocket from its https
// public origin only, and does not answer plain HTTP.
func TestServeTLS(t *testing.T) {
	certFile, keyFile, roots := selfSigned(t)
	const public = "https://store.example"
	base, _, _ := liveServer(t, "--tls-cert", certFile, "--tls-key", keyFile, "--public-url", public)
	if !strings.HasPrefix(base, "https://") {
		t.Fatalf("server URL %s; want https", base)
	}
	trust := &tls.Config{RootCAs: roots}
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: trust}}

	res, err := client.Get(base + "/kiosk?lang=en")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.TLS == nil {
		t.Fatalf("GET /kiosk over TLS = %d (TLS %v); want 200 over TLS", res.StatusCode, res.TLS != nil)
	}
	if got := res.Header.Get("Strict-Transport-Security"); got != hstsPolicy {
		t.Errorf("Strict-Transport-Security = %q; want %q", got, hstsPolicy)
	}

	// The WebSocket origin check: the https public origin passes, the same
	// host over http and another site do not.
	dialer := websocket.Dialer{TLSClientConfig: trust}
	wsURL := "wss" + strings.TrimPrefix(base, "https") + "/ws"
	for origin, want := range map[string]int{public: http.StatusSwitchingProtocols, "http://store.example": http.StatusForbidden, "https://elsewhere.example": http.StatusForbidden} {
		ws, res, err := dialer.Dial(wsURL, http.Header{"Origin": {origin}})
		if ws != nil {
			ws.Close()
		}
		if res == nil {
			t.Fatalf("dial with Origin %s: %v", origin, err)
		}
		if res.StatusCode != want {
			t.Errorf("WebSocket from %s = %d; want %d", origin, res.StatusCode, want)
		}
	}

	// Plain HTTP on the TLS port gets no page.
	res, err = http.Get("http" + strings.TrimPrefix(base, "https") + "/kiosk")
	if err == nil {
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode == http.StatusOK {
			t.Errorf("plain HTTP on the TLS port = 200 %.60s; want it refused", body)
		}
	}
}

func TestParseServeTLS(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		env     func(string) string
		url     string
		wantErr string
	}{
		{name: "both flags: https by default", args: []string{"--tls-cert", "c.pem", "--tls-key", "k.pem"}, env: env(), url: "https://127.0.0.1:8080"},
		{name: "from the environment", env: env("STORECAST_TLS_CERT", "c.pem", "STORECAST_TLS_KEY", "k.pem"), url: "https://127.0.0.1:8080"},
		{name: "certificate without key", args: []string{"--tls-cert", "c.pem"}, env: env(), wantErr: "go together"},
		{name: "key without certificate", args: []string{"--tls-key", "k.pem"}, env: env(), wantErr: "go together"},
		{name: "http public URL with TLS", args: []string{"--tls-cert", "c.pem", "--tls-key", "k.pem", "--public-url", "http://shop.example"}, env: env(), wantErr: "must be https"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseServe(tt.args, tt.env, io.Discard)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v; want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got.PublicURL != tt.url || !got.TLS() {
				t.Fatalf("parseServe = %+v, %v; want TLS on %s", got, err, tt.url)
			}
		})
	}
}
