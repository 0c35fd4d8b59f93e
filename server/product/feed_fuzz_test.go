package product

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"storecast/app/content"
)

// FuzzDecodeBatch: whatever a feed sends, DecodeBatch does not panic; it
// either refuses the batch with errors that each name a known code, or
// every product it keeps passes Validate, has a line of its own in order,
// and holds no string with U+FFFD or NUL (what encoding/json makes of
// bad UTF-8).
//
// Run by make fuzz; its seeds and the inputs it once failed on
// (testdata/fuzz) run with every go test.
func FuzzDecodeBatch(f *testing.F) {
	for _, seed := range []string{
		`{"products":[{"sku":"A1","name":{"en":"Apples"},"price":690,"stock":4,"online_price":690,"unit":"kg"}]}`,
		`{"key":"k","products":[{"sku":"A1","barcode":"6901234567892","barcodes":["96385074"],"name":{"zh-Hans":"苹果"},"price":1}]}`,
		`{"products":[{"sku":"A1","name":{"en":"x"},"price":1},{"sku":"A1","name":{"en":"y"},"price":2}]}`,
		`{"products":[{"sku":"A1","name":{"en":"x"},"price":"1"}]}`,
		`{"products":[{"sku":"A\ud800","name":{"en":"x"},"price":1,"aisle":"\u0000"}]}`,
		"{\"products\":[{\"sku\":\"A\xff\",\"name\":{\"en\":\"x\"},\"price\":1}]}",
		`{"products":[{"sku":"A1","name":{"fr":"x"},"price":1,"stock":-1,"delivery_price":1e3}]}`,
		`{"products":[]}`, `{"products":null}`, `[]`, `null`, `{}`, `{"products":[1,"a",null,{}]}`,
		`{"products":[{"sku":"A1","name":{"en":"x"},"price":1}]} {}`,
		`{"products":[{"sku":"A1","name":{"en":"x"},"price":1,"lots":[{"best_before":"2026-05-03","quantity":2}]}]}`,
		`{"products":[{"sku":"A1","name":{"en":"x"},"price":1,"lots":[{"best_before":"3 May","quantity":-2,"x":1},{}]}]}`,
	} {
		f.Add([]byte(seed))
	}
	known := map[string]bool{}
	for _, c := range content.ImportCodes {
		known[c] = true
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		_, got := DecodeBatch(bytes.NewReader(body), nil)
		for _, e := range got.Errors {
			if !known[e.Code] {
				t.Fatalf("%s: error code %q is not an import code", body, e.Code)
			}
		}
		if len(got.Errors) > MaxErrors+1 {
			t.Fatalf("%s: %d errors; at most %d and one more", body, len(got.Errors), MaxErrors)
		}
		if len(got.Lines) != len(got.Products) {
			t.Fatalf("%s: %d lines for %d products", body, len(got.Lines), len(got.Products))
		}
		if len(got.Errors) > 0 {
			return
		}
		for i, p := range got.Products {
			if err := p.Validate(); err != nil {
				t.Fatalf("%s: kept product %q fails Validate: %v", body, p.SKU, err)
			}
			if i > 0 && got.Lines[i] <= got.Lines[i-1] {
				t.Fatalf("%s: lines %v out of order", body, got.Lines)
			}
			for _, s := range append([]string{p.SKU, p.Barcode, p.Category, p.Aisle, p.Unit}, p.Barcodes...) {
				if strings.ContainsRune(s, utf8.RuneError) || strings.ContainsRune(s, 0) || !utf8.ValidString(s) {
					t.Fatalf("%s: kept product %q holds %q", body, p.SKU, s)
				}
			}
			for _, s := range p.Name {
				if strings.ContainsRune(s, utf8.RuneError) || strings.ContainsRune(s, 0) {
					t.Fatalf("%s: kept product %q's name holds %q", body, p.SKU, s)
				}
			}
		}
	})
}
