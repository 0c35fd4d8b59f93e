package i18n

import (
	"encoding/json"
	"testing"

	"storecast/locales"
)

func TestFieldParser(t *testing.T) {
	data := map[string]any{"Count": 3, "Place": "Aisle 4", "Price": "9.90"}
	tests := []struct {
		src, want string
	}{
		{"", ""},
		{"No fields", "No fields"},
		{"{{.Count}} offers", "3 offers"},
		{"{{ .Count }} near {{.Place}}.", "3 near Aisle 4."},
		{"Was ¥{{.Price}}", "Was ¥9.90"},
		{"{{.Count}}{{.Count}}", "33"},
		{"missing: {{.Nothing}}!", "missing: !"},
		{"满{{.Count}}件", "满3件"},
	}
	for _, tt := range tests {
		pt, err := fieldParser{}.Parse(tt.src, "", "")
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.src, err)
			continue
		}
		got, err := pt.Execute(data)
		if err != nil || got != tt.want {
			t.Errorf("Execute(%q) = %q, %v; want %q", tt.src, got, err, tt.want)
		}
	}
}

func TestFieldParserRefusesTemplateLogic(t *testing.T) {
	for _, src := range []string{
		"{{if .Count}}x{{end}}",
		"{{.Count | printf \"%d\"}}",
		"{{.}}",
		"{{Count}}",
		"{{.Count.Field}}",
		"{{.9}}",
		"open {{.Count",
		"close .Count}}",
		"{{call .F}}",
	} {
		if _, err := (fieldParser{}).Parse(src, "", ""); err == nil {
			t.Errorf("Parse(%q) accepted; want an error", src)
		}
	}
}

// Every message of every locale must use only what fieldParser fills, or
// a shopper would see the raw braces.
func TestEveryMessageParses(t *testing.T) {
	files, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range files {
		b, err := locales.FS.ReadFile(l)
		if err != nil {
			t.Fatal(err)
		}
		var msgs map[string]json.RawMessage
		if err := json.Unmarshal(b, &msgs); err != nil {
			t.Fatal(err)
		}
		for id, raw := range msgs {
			var forms map[string]string
			if json.Unmarshal(raw, &forms) != nil {
				var s string
				if err := json.Unmarshal(raw, &s); err != nil {
					t.Fatalf("%s %q: %v", l, id, err)
				}
				forms = map[string]string{"other": s}
			}
			for form, src := range forms {
				if _, err := (fieldParser{}).Parse(src, "", ""); err != nil {
					t.Errorf("%s %q (%s): %v", l, id, form, err)
				}
			}
		}
	}
}
