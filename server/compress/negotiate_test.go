package compress

import "testing"

func TestNegotiate(t *testing.T) {
	tests := []struct{ header, want string }{
		{"", ""},
		{"identity", ""},
		{"gzip", Gzip},
		{"br", Brotli},
		{"gzip, deflate, br, zstd", Brotli}, // Chromium's
		{"gzip, deflate", Gzip},             // Go's client, curl --compressed without brotli
		{"br;q=0, gzip", Gzip},
		{"br;q=0.5, gzip;q=0.8", Gzip},
		{"BR; q=1.0", Brotli},
		{"gzip;q=0", ""},
		{"*", Brotli},
		{"*;q=0.1, gzip;q=0.5", Gzip},
		{"br;q=0, *", Gzip},
		{"br;q=nonsense", ""},
	}
	for _, tt := range tests {
		if got := Negotiate(tt.header); got != tt.want {
			t.Errorf("Negotiate(%q) = %q; want %q", tt.header, got, tt.want)
		}
	}
}
