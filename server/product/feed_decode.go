package product

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/rest"
)

// A batch's JSON is rest.CatalogueBatch:
//
//	{"key": "erp-2026-12-06-0930", "products": [
//	  {"sku": "A1", "name": {"en": "Bananas"}, "price": 690, "unit": "kg",
//	   "stock": 120, "online_price": 690, "delivery_price": 750,
//	   "barcode": "6901234567892", "barcodes": ["06901234567895"],
//	   "category": "fresh", "aisle": "1"}]}
//
// Prices are in cents (fen), as everywhere in the API.

// DecodeBatch reads a JSON batch and checks every product with the rules
// of a product file; an error's Line is the product's position in the
// list, from 1. The key comes back even when products are bad.
func DecodeBatch(r io.Reader, knownCategory func(id string) bool) (key string, out Parsed) {
	p := &parser{known: knownCategory, skus: map[string]int{}, barcodes: map[string]int{}}
	var b rest.CatalogueBatch
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		p.fail(0, "", content.ImportBadValue, jsonProblem(err), 0)
		return "", p.out
	}
	if dec.More() {
		p.fail(0, "", content.ImportBadValue, "more than one JSON value", 0)
		return "", p.out
	}
	switch {
	case len(b.Products) == 0:
		p.fail(0, "", content.ImportEmptyFile, "", 0)
	case len(b.Products) > MaxRows:
		p.fail(0, "", content.ImportTooManyRows, "", MaxRows)
	}
	if len(p.out.Errors) > 0 {
		return b.Key, p.out
	}
	for i, raw := range b.Products {
		if !p.item(i+1, raw) && len(p.out.Errors) > MaxErrors {
			break
		}
	}
	return b.Key, p.out
}

// item decodes and checks the product at position line.
func (p *parser) item(line int, raw json.RawMessage) bool {
	var it rest.CatalogueItem
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&it); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return p.bad(line, te.Field, content.ImportBadValue, te.Value+", want "+want(te.Type.Kind()), 0)
		}
		return p.bad(line, "", content.ImportBadValue, jsonProblem(err), 0)
	}
	ok := true
	// encoding/json turns bad UTF-8 and lone surrogates into U+FFFD
	// without a word; a product file's rows refuse them, and so does this.
	for _, f := range []struct{ col, s string }{{"sku", it.SKU}, {"aisle", it.Aisle}, {"unit", it.Unit}, {"category", it.Category}} {
		if strings.ContainsRune(f.s, utf8.RuneError) || strings.ContainsRune(f.s, 0) {
			ok = p.bad(line, f.col, content.ImportNotUTF8, "", 0)
		}
	}
	if it.Price == nil {
		ok = p.bad(line, "price", content.ImportBadPrice, "", 0)
		it.Price = new(int64)
	}
	if it.Stock != nil && (*it.Stock < 0 || *it.Stock > content.MaxStock) {
		ok = p.bad(line, "stock", content.ImportBadStock, fmt.Sprint(*it.Stock), 0)
	}
	for _, c := range []struct {
		col   string
		price *int64
	}{{"online_price", it.OnlinePrice}, {"delivery_price", it.DeliveryPrice}} {
		if c.price != nil && (*c.price < 0 || *c.price > content.MaxPriceCents) {
			ok = p.bad(line, c.col, content.ImportBadPrice, FormatYuan(*c.price), 0)
		}
	}
	lots, lotsOK := p.lots(line, it.Lots)
	ok = ok && lotsOK
	if it.Name == nil {
		it.Name = content.Text{}
	}
	for l := range it.Name {
		switch {
		case !content.KnownLocale(l):
			ok = p.bad(line, "name", content.ImportBadValue, "unknown locale "+l, 0)
		case it.Name[l] == "":
			delete(it.Name, l) // as a file's empty name cell
		}
	}
	prod := content.Product{
		SKU: it.SKU, Barcode: it.Barcode, Barcodes: it.Barcodes, Name: it.Name, Price: *it.Price,
		Category: it.Category, Aisle: it.Aisle, Unit: it.Unit, Stock: it.Stock,
		OnlinePrice: it.OnlinePrice, DeliveryPrice: it.DeliveryPrice, Lots: lots,
	}
	return p.check(line, prod, ok)
}

// jsonProblem says what a JSON decoder refused, briefly.
func jsonProblem(err error) string {
	return strings.TrimPrefix(err.Error(), "json: ")
}

// want names what a field of kind holds, as a feed's author thinks of it.
func want(k reflect.Kind) string {
	switch k {
	case reflect.Int64, reflect.Int:
		return "a whole number"
	case reflect.String:
		return "text"
	case reflect.Slice:
		return "a list"
	case reflect.Map:
		return "an object"
	}
	return k.String()
}
