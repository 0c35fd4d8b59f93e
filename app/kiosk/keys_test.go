package kiosk

import (
	"testing"
	"time"
)

func TestActionFor(t *testing.T) {
	tests := []struct {
		key    string
		inText bool
		screen Screen
		want   keyAction
	}{
		{"Escape", false, Menu, keyBack},
		{"Escape", true, Price, keyBack},
		{"Backspace", false, Offers, keyBack},
		{"Backspace", true, Price, keyNone}, // deletes a character
		{"h", false, Menu, keyRead},
		{"?", false, Help, keyRead},
		{"H", true, Price, keyNone}, // typing
		{"v", false, Events, keyVoice},
		{"Enter", false, Menu, keyNone}, // the browser activates the focused item
		{"Enter", false, Attract, keyStart},
		{"ArrowDown", false, Attract, keyStart},
		{"Tab", false, Attract, keyNone},
		{"v", false, Attract, keyVoice}, // voice on, and the session starts
		{"h", false, Attract, keyRead},
	}
	for _, tt := range tests {
		if got := actionFor(tt.key, tt.inText, tt.screen); got != tt.want {
			t.Errorf("actionFor(%q, %v, %s) = %v; want %v", tt.key, tt.inText, tt.screen, got, tt.want)
		}
	}
}

func TestScannerTellsScansFromTyping(t *testing.T) {
	t0 := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	feed := func(s *scanner, keys []string, gap time.Duration) (string, bool) {
		now := t0
		var code string
		var ok bool
		for _, k := range keys {
			code, ok = s.key(k, now)
			now = now.Add(gap)
		}
		return code, ok
	}
	scan := []string{"6", "9", "0", "1", "2", "3", "0", "0", "4", "0", "0", "7", "8", "Enter"}
	if code, ok := feed(&scanner{}, scan, 5*time.Millisecond); !ok || code != "6901230040078" {
		t.Errorf("a fast scan = %q, %v; want the code", code, ok)
	}
	if _, ok := feed(&scanner{}, scan, 200*time.Millisecond); ok {
		t.Error("typing at a person's speed was taken for a scan")
	}
	if _, ok := feed(&scanner{}, []string{"1", "2", "3", "Enter"}, 5*time.Millisecond); ok {
		t.Error("three digits were taken for a barcode")
	}
	if _, ok := feed(&scanner{}, []string{"1", "2", "3", "4", "a", "5", "6", "7", "8", "Enter"}, 5*time.Millisecond); ok {
		t.Error("a letter in the middle did not break the scan")
	}
}
