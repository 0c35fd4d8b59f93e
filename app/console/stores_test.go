package console

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"storecast/app/content"
	"storecast/app/rest"
)

func TestAppVersions(t *testing.T) {
	tests := []struct {
		counts map[string]int
		want   string
	}{
		{nil, "—"},
		{map[string]int{"1.4.0": 3}, "1.4.0 × 3"},
		{map[string]int{"1.3.2": 1, "1.4.0": 5}, "1.4.0 × 5, 1.3.2 × 1"},
	}
	for _, tt := range tests {
		if got := appVersions(content.LocaleEn, tt.counts); got != tt.want {
			t.Errorf("appVersions(%v) = %q; want %q", tt.counts, got, tt.want)
		}
	}
}

func TestStoreCard(t *testing.T) {
	now := time.Date(2026, 12, 6, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		store rest.ChainStore
		want  []string
	}{
		{"connected", rest.ChainStore{ID: "s1", Name: "Harbour Road", Region: "north", Version: "2.1.0",
			ScreensOnline: 4, AppVersions: map[string]int{"2.1.0": 4}, LastSeen: now, Connected: true},
			[]string{"Harbour Road", "Connected", "is-online", "north", "2.1.0 × 4", ">4<"}},
		{"gone quiet", rest.ChainStore{ID: "s2", LastSeen: now.Add(-2 * time.Hour)},
			[]string{">s2<", "Not connected", "is-offline", "2 h ago"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := app.HTMLString(storeCard(content.LocaleEn, tt.store, now))
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("storeCard(%s) = %s; want it to contain %q", tt.name, html, w)
				}
			}
		})
	}
}

func TestChainBadge(t *testing.T) {
	up, down := true, false
	tests := []struct {
		name string
		info rest.ChainInfo
		want string
	}{
		{"link up", rest.ChainInfo{Role: rest.ChainMember, StoreID: "s7", Uplink: &up}, "Head office: connected"},
		{"link down", rest.ChainInfo{Role: rest.ChainMember, StoreID: "s7", Uplink: &down}, "Head office: not reachable"},
		{"not told", rest.ChainInfo{Role: rest.ChainMember, StoreID: "s7"}, "Head office: not reachable"},
	}
	for _, tt := range tests {
		html := app.HTMLString(chainBadge(content.LocaleEn, tt.info))
		if !strings.Contains(html, "Store s7") || !strings.Contains(html, tt.want) {
			t.Errorf("chainBadge(%s) = %s; want Store s7 and %q", tt.name, html, tt.want)
		}
	}
}
