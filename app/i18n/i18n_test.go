package i18n

import (
	"encoding/json"
	"slices"
	"testing"

	"storecast/app/content"
	"storecast/locales"
)

func TestLocaleFilesMatchIDs(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2*len(content.Locales) {
		t.Fatalf("message files = %v; want two per locale %v", files, content.Locales)
	}
	for _, l := range content.Locales {
		t.Run(l, func(t *testing.T) {
			msgs := map[string]json.RawMessage{}
			for _, name := range []string{l + ".json", "console." + l + ".json"} {
				b, err := locales.FS.ReadFile(name)
				if err != nil {
					t.Fatalf("missing message file %s: %v", name, err)
				}
				var in map[string]json.RawMessage
				if err := json.Unmarshal(b, &in); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				for id, raw := range in {
					// T looks a message up in this file only.
					if want := file(l, id); want != name {
						t.Errorf("%s has %q, which belongs in %s", name, id, want)
					}
					msgs[id] = raw
				}
			}
			for _, id := range IDs {
				if _, ok := msgs[id]; !ok {
					t.Errorf("%s lacks message %q", file(l, id), id)
				}
			}
			for id, raw := range msgs {
				if !slices.Contains(IDs, id) {
					t.Errorf("%s has unknown message %q", file(l, id), id)
				}
				var forms map[string]string
				isPlural := json.Unmarshal(raw, &forms) == nil
				if want := slices.Contains(Plurals, id); isPlural != want {
					t.Errorf("%s: %q plural = %v; want %v", file(l, id), id, isPlural, want)
				}
				if isPlural && forms["other"] == "" {
					t.Errorf("%s: %q has no \"other\" form", file(l, id), id)
				}
			}
		})
	}
}

// Each id is declared in one ids_*.go file and listed there once: an id
// appended to IDs twice has two homes to keep in step.
func TestIDsListedOnce(t *testing.T) {
	seen := map[string]int{}
	for _, id := range IDs {
		seen[id]++
	}
	for id, n := range seen {
		if n > 1 {
			t.Errorf("IDs lists %q %d times; want once", id, n)
		}
	}
}

func TestEveryMessageRenders(t *testing.T) {
	for _, l := range content.Locales {
		for _, id := range IDs {
			got := N(l, id, 2, "Price", "1.00", "Date", "2026-01-01", "Time", "08:00", "Index", 1, "Total", 2)
			if got == "" || got == id {
				t.Errorf("N(%s, %s) = %q; want a translation", l, id, got)
			}
		}
	}
}

func TestPluralsAndFallback(t *testing.T) {
	tests := []struct {
		locale string
		count  int
		want   string
	}{
		{"en", 1, "1 offer"},
		{"en", 3, "3 offers"},
		{"zh-Hans", 1, "1 个优惠"},
		{"zh-Hant", 5, "5 個優惠"},
		{"fr", 2, "2 个优惠"}, // unknown locale: the store's default
	}
	for _, tt := range tests {
		if got := N(tt.locale, PromotionCount, tt.count); got != tt.want {
			t.Errorf("N(%s, PromotionCount, %d) = %q; want %q", tt.locale, tt.count, got, tt.want)
		}
	}
	if got := T("en", WasPrice, "Price", "9.90"); got != "Was ¥9.90" {
		t.Errorf("T(en, WasPrice) = %q; want %q", got, "Was ¥9.90")
	}
}

func TestNamesMatchTheMessageFiles(t *testing.T) {
	for _, l := range content.Locales {
		if got, want := Name(l), T(l, LocaleName); got != want {
			t.Errorf("Name(%s) = %q; its message file says %q", l, got, want)
		}
	}
}
