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
		Name:     content.Text{},
	}
	ok := p.checkKeys(line, prod)
	for _, l := range content.Locales {
		if n := p.field(rec, "name_"+l); n != "" {
			prod.Name[l] = n
		}
	}
	if len(prod.Name) == 0 {
		ok = p.bad(line, "name_en", content.ImportNoName, "", 0)
	}
	for _, l := range content.Locales {
		if n := prod.Name[l]; utf8.RuneCountInString(n) > content.MaxProductRunes || strings.ContainsAny(n, "\r\n\t") {
			ok = p.bad(line, "name_"+l, content.ImportBadName, n, 0)
		}
	}
	price, err := ParsePrice(p.field(rec, "price"))
	if err != nil {
		ok = p.bad(line, "price", content.ImportBadPrice, p.field(rec, "price"), 0)
	}
	prod.Price = price
	if prod.Category != "" && (!content.ValidCategoryID(prod.Category) || p.known != nil && !p.known(prod.Category)) {
		ok = p.bad(line, "category", content.ImportUnknownCategory, prod.Category, 0)
	}
	if utf8.RuneCountInString(prod.Aisle) > content.MaxAisleRunes {
		ok = p.bad(line, "aisle", content.ImportBadAisle, prod.Aisle, 0)
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

// checkKeys checks SKU and barcode, and that neither is on an earlier line.
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
	if prod.Barcode == "" {
		return ok
	}
	if content.CheckBarcode(prod.Barcode) != nil {
		return p.bad(line, "barcode", content.ImportBadBarcode, prod.Barcode, 0)
	}
	if first, dup := p.barcodes[prod.Barcode]; dup {
		return p.bad(line, "barcode", content.ImportDuplicateBarcode, prod.Barcode, first)
	}
	p.barcodes[prod.Barcode] = line
	return ok
}
