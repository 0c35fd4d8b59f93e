package product

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"storecast/app/content"
)

// row checks one data line and keeps it when it is good; it reports
// whether it was.
func (p *parser) row(line int, rec []string) bool {
	for _, f := range rec {
		if !utf8.ValidString(f) {
			return p.bad(line, "", content.ImportNotUTF8, "", 0)
		}
	}
	if len(rec) != p.width {
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			return true // a blank line
		}
		return p.bad(line, "", content.ImportColumnCount, strconv.Itoa(len(rec)), p.width)
	}
	prod := content.Product{
		SKU:      p.field(rec, "sku"),
		Barcode:  strings.ReplaceAll(p.field(rec, "barcode"), " ", ""),
		Category: p.field(rec, "category"),
		Aisle:    p.field(rec, "aisle"),
		Unit:     p.field(rec, "unit"),
		Barcodes: strings.FieldsFunc(p.field(rec, "barcodes"), func(r rune) bool { return r == ' ' || r == ';' }),
		Name:     content.Text{},
	}
	for _, l := range content.Locales {
		if n := p.field(rec, "name_"+l); n != "" {
			prod.Name[l] = n
		}
	}
	ok := true
	price, err := ParsePrice(p.field(rec, "price"))
	if err != nil {
		ok = p.bad(line, "price", content.ImportBadPrice, p.field(rec, "price"), 0)
	}
	prod.Price = price
	for _, c := range []struct {
		col string
		to  **int64
	}{{"online_price", &prod.OnlinePrice}, {"delivery_price", &prod.DeliveryPrice}} {
		if v := p.field(rec, c.col); v != "" {
			cents, err := ParsePrice(v)
			if err != nil {
				ok = p.bad(line, c.col, content.ImportBadPrice, v, 0)
			}
			*c.to = &cents
		}
	}
	if v := p.field(rec, "stock"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 || n > content.MaxStock || !digits(v) {
			ok = p.bad(line, "stock", content.ImportBadStock, v, 0)
		}
		prod.Stock = &n
	}
	return p.check(line, prod, ok)
}

// check applies the rules every product of a file or a feed batch must
// meet, whatever format it came in, and keeps prod when it meets them and
// ok (what the caller's own checks found) is true.
func (p *parser) check(line int, prod content.Product, ok bool) bool {
	if !p.checkKeys(line, prod) {
		ok = false
	}
	if len(prod.Name) == 0 {
		ok = p.bad(line, "name_en", content.ImportNoName, "", 0)
	}
	for _, l := range content.Locales {
		if n := prod.Name[l]; utf8.RuneCountInString(n) > content.MaxProductRunes || strings.ContainsAny(n, "\r\n\t") {
			ok = p.bad(line, "name_"+l, content.ImportBadName, n, 0)
		}
	}
	if prod.Price < 0 || prod.Price > content.MaxPriceCents {
		ok = p.bad(line, "price", content.ImportBadPrice, FormatYuan(prod.Price), 0)
	}
	if prod.Category != "" && (!content.ValidCategoryID(prod.Category) || p.known != nil && !p.known(prod.Category)) {
		ok = p.bad(line, "category", content.ImportUnknownCategory, prod.Category, 0)
	}
	if utf8.RuneCountInString(prod.Aisle) > content.MaxAisleRunes {
		ok = p.bad(line, "aisle", content.ImportBadAisle, prod.Aisle, 0)
	}
	if content.CheckString("unit", prod.Unit, content.MaxUnitRunes, false) != nil {
		ok = p.bad(line, "unit", content.ImportBadUnit, prod.Unit, 0)
	}
	if ok {
		if err := prod.Validate(); err != nil { // anything the checks above missed
			return p.bad(line, "", content.ImportBadSKU, prod.SKU, 0)
		}
		p.out.Products = append(p.out.Products, prod)
		p.out.Lines = append(p.out.Lines, line)
	}
	return ok
}

// checkKeys checks SKU and barcodes, and that none is on an earlier line.
func (p *parser) checkKeys(line int, prod content.Product) bool {
	ok := true
	probe := content.Product{SKU: prod.SKU, Name: content.Text{content.LocaleEn: "x"}}
	if err := probe.Validate(); err != nil {
		ok = p.bad(line, "sku", content.ImportBadSKU, prod.SKU, 0)
	} else if first, dup := p.skus[prod.SKU]; dup {
		ok = p.bad(line, "sku", content.ImportDuplicateSKU, prod.SKU, first)
	} else {
		p.skus[prod.SKU] = line
	}
	if prod.Barcode != "" && !p.checkBarcode(line, "barcode", prod.Barcode) {
		ok = false
	}
	if len(prod.Barcodes) > content.MaxBarcodes {
		return p.bad(line, "barcodes", content.ImportBadBarcode, strings.Join(prod.Barcodes, ";"), 0)
	}
	for _, b := range prod.Barcodes {
		if !p.checkBarcode(line, "barcodes", b) {
			ok = false
		}
	}
	return ok
}

// checkBarcode checks one barcode of a product and that no earlier line
// has it.
func (p *parser) checkBarcode(line int, column, code string) bool {
	if content.CheckBarcode(code) != nil {
		return p.bad(line, column, content.ImportBadBarcode, code, 0)
	}
	if first, dup := p.barcodes[code]; dup {
		return p.bad(line, column, content.ImportDuplicateBarcode, code, first)
	}
	p.barcodes[code] = line
	return true
}

// FormatYuan writes cents as the file format has prices ("12.90").
func FormatYuan(cents int64) string {
	if cents < 0 {
		return "-" + content.FormatPrice(-cents)
	}
	return content.FormatPrice(cents)
}
