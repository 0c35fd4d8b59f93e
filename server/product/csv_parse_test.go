package product

import (
	"strings"
	"testing"

	"storecast/app/content"
)

const header = "sku,barcode,name_zh-Hans,name_zh-Hant,name_en,price,category,aisle\n"

func known(id string) bool { return id == "fresh" || id == "dairy" }

func TestParseGoodFile(t *testing.T) {
	in := "\ufeff" + header +
		"A1,6901234567892,香蕉,香蕉,Bananas,6.9,fresh,1\n" +
		"A2,,牛奶,,Milk,15,dairy,3\n" +
		"\n" +
		"A3,9501101530003,,,Tea,0.05,,\n"
	got := Parse(strings.NewReader(in), known)
	if len(got.Errors) != 0 {
		t.Fatalf("Errors = %+v; want none", got.Errors)
	}
	if len(got.Products) != 3 {
		t.Fatalf("got %d products; want 3", len(got.Products))
	}
	p := got.Products[0]
	if p.SKU != "A1" || p.Barcode != "6901234567892" || p.Price != 690 || p.Name.In("en") != "Bananas" || p.Category != "fresh" || p.Aisle != "1" {
		t.Errorf("first product = %+v", p)
	}
	if got.Products[1].Price != 1500 || got.Products[2].Price != 5 {
		t.Errorf("prices = %d, %d; want 1500, 5", got.Products[1].Price, got.Products[2].Price)
	}
	if got.Lines[2] != 5 {
		t.Errorf("line of third product = %d; want 5", got.Lines[2])
	}
}

func TestParseColumnsInAnyOrderAndCase(t *testing.T) {
	got := Parse(strings.NewReader("Price,NAME_EN,Sku\n1.00,Salt,S1\n"), nil)
	if len(got.Errors) != 0 || len(got.Products) != 1 || got.Products[0].Price != 100 {
		t.Fatalf("Parse = %+v", got)
	}
}

func TestParseBadFiles(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []content.ImportError // Line, Code, Value, Other compared
	}{
		{"empty file", "", []content.ImportError{{Code: content.ImportEmptyFile}}},
		{"header missing", "A1,6901234567892,香蕉,香蕉,Bananas,6.90,fresh,1\n",
			[]content.ImportError{{Line: 1, Code: content.ImportNoHeader}}},
		{"required column missing", "sku,name_en\nA1,Bananas\n",
			[]content.ImportError{{Line: 1, Code: content.ImportMissingColumn, Value: "price"}}},
		{"unknown and duplicate columns", "sku,price,name_en,colour,price\n",
			[]content.ImportError{{Line: 1, Code: content.ImportUnknownColumn, Value: "colour"}, {Line: 1, Code: content.ImportDuplicateColumn, Value: "price"}}},
		{"wrong column count", header + "A1,,,,Bananas,6.90,fresh\nA2,,,,Milk,1,dairy,3,extra\n",
			[]content.ImportError{{Line: 2, Code: content.ImportColumnCount, Value: "7", Other: 8}, {Line: 3, Code: content.ImportColumnCount, Value: "9", Other: 8}}},
		{"bad prices", header + "A1,,,,Bananas,6.901,,\nA2,,,,Milk,-1,,\nA3,,,,Tea,abc,,\nA4,,,,Rice,,,\nA5,,,,Oil,1e3,,\nA6,,,,Gold,1000001,,\n",
			[]content.ImportError{
				{Line: 2, Code: content.ImportBadPrice, Value: "6.901"}, {Line: 3, Code: content.ImportBadPrice, Value: "-1"},
				{Line: 4, Code: content.ImportBadPrice, Value: "abc"}, {Line: 5, Code: content.ImportBadPrice, Value: ""},
				{Line: 6, Code: content.ImportBadPrice, Value: "1e3"}, {Line: 7, Code: content.ImportBadPrice, Value: "1000001"},
			}},
		{"duplicate SKU and barcode", header + "A1,6901234567892,,,Bananas,1,,\nA1,,,,Milk,1,,\nA3,6901234567892,,,Tea,1,,\n",
			[]content.ImportError{{Line: 3, Code: content.ImportDuplicateSKU, Value: "A1", Other: 2}, {Line: 4, Code: content.ImportDuplicateBarcode, Value: "6901234567892", Other: 2}}},
		{"bad barcode and sku", header + "A1,6901234567891,,,Bananas,1,,\n,,,,Milk,1,,\n A3,,,,Tea,1,,\n",
			[]content.ImportError{{Line: 2, Code: content.ImportBadBarcode, Value: "6901234567891"}, {Line: 3, Code: content.ImportBadSKU, Value: ""}}},
		{"no name, unknown category", header + "A1,,,,,1,,\nA2,,,,Milk,1,toys,\n",
			[]content.ImportError{{Line: 2, Code: content.ImportNoName}, {Line: 3, Code: content.ImportUnknownCategory, Value: "toys"}}},
		{"non-UTF-8 row", header + "A1,,\xcf\xe3\xbd\xb6,,,1,,\n",
			[]content.ImportError{{Line: 2, Code: content.ImportNotUTF8}}},
		{"non-UTF-8 file (GBK)", "sku,price,name_zh-Hans,\xc9\xcc\xc6\xb7\nA1,1,\xcf\xe3\xbd\xb6\n",
			[]content.ImportError{{Line: 1, Code: content.ImportNotUTF8}}},
		{"bad quoting", header + "A1,,,,\"Bananas,1,,\n",
			[]content.ImportError{{Line: 2, Code: content.ImportBadCSV}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Parse(strings.NewReader(tt.in), known)
			if len(got.Errors) != len(tt.want) {
				t.Fatalf("Errors = %+v; want %+v", got.Errors, tt.want)
			}
			for i, w := range tt.want {
				g := got.Errors[i]
				if g.Line != w.Line || g.Code != w.Code || (w.Value != "" && g.Value != w.Value) || g.Other != w.Other {
					t.Errorf("Errors[%d] = %+v; want %+v", i, g, w)
				}
			}
		})
	}
}

func TestParseCapsErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString(header)
	for range MaxErrors + 50 {
		b.WriteString("A,,,,x,bad,,\n")
	}
	got := Parse(strings.NewReader(b.String()), nil)
	if n := len(got.Errors); n != MaxErrors+1 || got.Errors[n-1].Code != content.ImportTooManyErrors {
		t.Fatalf("got %d errors, last %+v; want %d then too_many_errors", n, got.Errors[n-1], MaxErrors)
	}
}

func TestParsePrice(t *testing.T) {
	good := map[string]int64{"0": 0, "12": 1200, "12.9": 1290, "12.90": 1290, "0.05": 5, "1000000": 100_000_000}
	for in, want := range good {
		if got, err := ParsePrice(in); err != nil || got != want {
			t.Errorf("ParsePrice(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", ".5", "5.", "1.234", "-1", "+1", "1,5", "1e2", "¥3", "1000000.01", " 1"} {
		if _, err := ParsePrice(in); err == nil {
			t.Errorf("ParsePrice(%q) succeeded; want an error", in)
		}
	}
}
