package command

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"storecast/server/markdown"
)

// catalogueDefaults is the catalogue part of a configuration given no
// flag or variable of its own.
var catalogueDefaults = CatalogueConfig{ParityMaxAge: 24 * time.Hour, Markdown: "3:30,1:50", MarkdownRule: markdown.DefaultRule}

func env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

func TestParseServe(t *testing.T) {
	long := strings.Repeat("k", MinAdminTokenLen)
	tests := []struct {
		name    string
		args    []string
		env     func(string) string
		want    Config
		wantErr string
	}{
		{name: "defaults", env: env(),
			want: Config{Addr: "127.0.0.1:8080", DataDir: "./data", PublicURL: "http://127.0.0.1:8080", History: 4096, HistoryAge: 24 * time.Hour, TimeZone: "Asia/Shanghai", LogLevel: "info", LogFormat: "text", ScreenReloadAboveMiB: 1024, ScreenQuietHours: "03:00-05:00", Catalogue: catalogueDefaults, PointsDormantDays: 730}},
		{name: "environment", env: env("STORECAST_ADDR", ":9000", "STORECAST_DATA", "/srv/sc", "STORECAST_PUBLIC_URL", "https://shop.example/", "STORECAST_ADMIN_TOKEN", long),
			want: Config{Addr: ":9000", DataDir: "/srv/sc", PublicURL: "https://shop.example", AdminToken: long, History: 4096, HistoryAge: 24 * time.Hour, TimeZone: "Asia/Shanghai", LogLevel: "info", LogFormat: "text", ScreenReloadAboveMiB: 1024, ScreenQuietHours: "03:00-05:00", Catalogue: catalogueDefaults, PointsDormantDays: 730}},
		{name: "flags win over environment", args: []string{"--addr", "127.0.0.1:1", "--data", "d", "--public-url", "http://x:1"}, env: env("STORECAST_ADDR", ":9000"),
			want: Config{Addr: "127.0.0.1:1", DataDir: "d", PublicURL: "http://x:1", History: 4096, HistoryAge: 24 * time.Hour, TimeZone: "Asia/Shanghai", LogLevel: "info", LogFormat: "text", ScreenReloadAboveMiB: 1024, ScreenQuietHours: "03:00-05:00", Catalogue: catalogueDefaults, PointsDormantDays: 730}},
		{name: "time zone", args: []string{"--timezone", "Europe/Berlin"}, env: env(),
			want: Config{Addr: "127.0.0.1:8080", DataDir: "./data", PublicURL: "http://127.0.0.1:8080", History: 4096, HistoryAge: 24 * time.Hour, TimeZone: "Europe/Berlin", LogLevel: "info", LogFormat: "text", ScreenReloadAboveMiB: 1024, ScreenQuietHours: "03:00-05:00", Catalogue: catalogueDefaults, PointsDormantDays: 730}},
		{name: "json debug log", args: []string{"--log-level", "debug"}, env: env("STORECAST_LOG_FORMAT", "json"),
			want: Config{Addr: "127.0.0.1:8080", DataDir: "./data", PublicURL: "http://127.0.0.1:8080", History: 4096, HistoryAge: 24 * time.Hour, TimeZone: "Asia/Shanghai", LogLevel: "debug", LogFormat: "json", ScreenReloadAboveMiB: 1024, ScreenQuietHours: "03:00-05:00", Catalogue: catalogueDefaults, PointsDormantDays: 730}},
		{name: "metrics on their own address", args: []string{"--metrics-addr", "127.0.0.1:9090"}, env: env("STORECAST_METRICS_TOKEN", long),
			want: Config{Addr: "127.0.0.1:8080", DataDir: "./data", PublicURL: "http://127.0.0.1:8080", History: 4096, HistoryAge: 24 * time.Hour, TimeZone: "Asia/Shanghai", LogLevel: "info", LogFormat: "text", MetricsAddr: "127.0.0.1:9090", MetricsToken: long, ScreenReloadAboveMiB: 1024, ScreenQuietHours: "03:00-05:00", Catalogue: catalogueDefaults, PointsDormantDays: 730}},
		{name: "short metrics token refused", env: env("STORECAST_METRICS_TOKEN", "short"), wantErr: "STORECAST_METRICS_TOKEN is 5 characters"},
		{name: "metrics address without port", args: []string{"--metrics-addr", "localhost"}, env: env(), wantErr: "metrics-addr"},
		{name: "metrics address is the server's", args: []string{"--metrics-addr", "127.0.0.1:8080"}, env: env(), wantErr: "must differ from --addr"},
		{name: "unknown log level", args: []string{"--log-level", "loud"}, env: env(), wantErr: "log-level"},
		{name: "unknown log format", args: []string{"--log-format", "xml"}, env: env(), wantErr: "log-format"},
		{name: "unknown time zone", args: []string{"--timezone", "Mars/Olympus"}, env: env(), wantErr: "not a time zone"},
		{name: "short admin token refused", env: env("STORECAST_ADMIN_TOKEN", "short"), wantErr: "at least 32"},
		{name: "public URL without scheme", args: []string{"--public-url", "shop.example"}, env: env(), wantErr: "public-url"},
		{name: "screen memory bound negative", args: []string{"--screen-reload-above", "-1"}, env: env(), wantErr: "screen-reload-above"},
		{name: "screen quiet hours not a window", args: []string{"--screen-quiet-hours", "3am"}, env: env(), wantErr: "screen-quiet-hours"},
		{name: "history too small", args: []string{"--history", "1"}, env: env(), wantErr: "history"},
		{name: "stray argument", args: []string{"now"}, env: env(), wantErr: "unexpected argument"},
		{name: "unknown flag", args: []string{"--port", "1"}, env: env(), wantErr: "flag provided but not defined"},
		{name: "a store of a chain", args: []string{"--hq", "tls://hq1:7422,tls://hq2:7422", "--hq", "tls://hq3:7422", "--hq-creds", "s.creds", "--store-name", "Riverside", "--region", "north"},
			env: env("STORECAST_HQ", "tls://ignored:7422", "STORECAST_HQ_CA", "ca.pem"),
			want: Config{Addr: "127.0.0.1:8080", DataDir: "./data", PublicURL: "http://127.0.0.1:8080", History: 4096, HistoryAge: 24 * time.Hour, TimeZone: "Asia/Shanghai", LogLevel: "info", LogFormat: "text", ScreenReloadAboveMiB: 1024, ScreenQuietHours: "03:00-05:00",
				Chain: ChainConfig{Role: RoleStore, HQ: []string{"tls://hq1:7422", "tls://hq2:7422", "tls://hq3:7422"}, HQCreds: "s.creds", HQCA: "ca.pem", Name: "Riverside", Region: "north", Replicas: 3}, Catalogue: catalogueDefaults, PointsDormantDays: 730}},
		{name: "head office", env: env("STORECAST_ROLE", "hq", "STORECAST_NATS", "nats://a:4222, nats://b:4222", "STORECAST_NATS_CREDS", "hq.creds"),
			want: Config{Addr: "127.0.0.1:8080", DataDir: "./data", PublicURL: "http://127.0.0.1:8080", History: 4096, HistoryAge: 24 * time.Hour, TimeZone: "Asia/Shanghai", LogLevel: "info", LogFormat: "text", ScreenReloadAboveMiB: 1024, ScreenQuietHours: "03:00-05:00",
				Chain: ChainConfig{Role: RoleHQ, NATS: []string{"nats://a:4222", "nats://b:4222"}, NATSCred: "hq.creds", Replicas: 3}, Catalogue: catalogueDefaults, PointsDormantDays: 730}},
		{name: "parity age too short", args: []string{"--parity-max-age", "10s"}, env: env(), wantErr: "--parity-max-age"},
		{name: "markdown steps out of order", env: env("STORECAST_MARKDOWN_STEPS", "3:50,1:30"), wantErr: "--markdown-steps"},
		{name: "markdown steps not days:percent", args: []string{"--markdown-steps", "3-30"}, env: env(), wantErr: "--markdown-steps"},
		{name: "head office without its cluster", args: []string{"--role", "hq"}, env: env(), wantErr: "needs --nats"},
		{name: "head office with --hq", args: []string{"--role", "hq", "--nats", "nats://a:4222", "--hq", "tls://x:7422"}, env: env(), wantErr: "--hq is a store's"},
		{name: "a store with --nats", args: []string{"--nats", "nats://a:4222"}, env: env(), wantErr: "--nats is head office's"},
		{name: "credentials without head office", args: []string{"--hq-creds", "s.creds"}, env: env(), wantErr: "need --hq"},
		{name: "unknown role", args: []string{"--role", "warehouse"}, env: env(), wantErr: "use store or hq"},
		{name: "two replicas", args: []string{"--role", "hq", "--nats", "nats://a:4222", "--replicas", "2"}, env: env(), wantErr: "--replicas 2"},
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
			if tt.want.Chain.Role == "" {
				tt.want.Chain = ChainConfig{Role: RoleStore, Replicas: 3} // a store on its own
			}
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("parseServe = %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestRunCommands(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := Run(context.Background(), []string{"storecast", "version"}, env(), &out, &errOut); err != nil || !strings.Contains(out.String(), Version) {
		t.Fatalf("version: %v, %q", err, out.String())
	}
	if err := Run(context.Background(), []string{"storecast", "dance"}, env(), &out, &errOut); !errors.Is(err, ErrUsage) || !strings.Contains(errOut.String(), "unknown command") {
		t.Fatalf("unknown command: %v, %q; want ErrUsage and a message", err, errOut.String())
	}
	err := Run(context.Background(), []string{"storecast", "serve"}, env("STORECAST_ADMIN_TOKEN", "too-short"), &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "at least 32") {
		t.Fatalf("serve with a short admin token: %v; want a refusal", err)
	}
}

func TestAdminTokenCreatedOnceWithTightMode(t *testing.T) {
	dir := t.TempDir()
	tok, err := adminToken(dir)
	if err != nil || len(tok) < MinAdminTokenLen {
		t.Fatalf("adminToken = %q, %v; want a long token", tok, err)
	}
	fi, err := os.Stat(filepath.Join(dir, adminTokenFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("token file mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	again, err := adminToken(dir)
	if err != nil || again != tok {
		t.Fatalf("second start token = %q, %v; want the same %q", again, err, tok)
	}
	os.WriteFile(filepath.Join(dir, adminTokenFile), []byte("weak\n"), 0o600)
	if _, err := adminToken(dir); err == nil {
		t.Fatal("a weak token file was accepted")
	}
}
