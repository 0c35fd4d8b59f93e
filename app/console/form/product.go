package form

import (
	"strings"
	"unicode/utf8"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/app/rest"
)

// ProductDraft is the product editor's inputs, as typed.
type ProductDraft struct {
	SKU      string // fixed once the product exists
	Name     [3]string
	Price    string // yuan, "12.90"
	Unit     string
	Barcode  string
	Category string
	Aisle    string
	Image    string
	// HQ is head office's console, whose staff say for every store
	// whether a store may set its own price (Overridable) and whether the
	// product is paused (HQPaused). In a store they are what head office
	// sent, with its price (HQPrice; nil: head office sets none), shown
	// and never sent back.
	HQ          bool
	Overridable bool
	HQPaused    bool
	HQPrice     *int64
}

// NewProductDraft fills the form from a stored product.
func NewProductDraft(p content.Product) ProductDraft {
	d := ProductDraft{SKU: p.SKU, Unit: p.Unit, Barcode: p.Barcode, Category: p.Category, Aisle: p.Aisle, Image: p.Image,
		Overridable: p.Overridable, HQPaused: p.HQPaused, HQPrice: p.HQPrice}
	for i, l := range content.Locales {
		d.Name[i] = p.Name[l]
	}
	if p.SKU != "" {
		d.Price = FormatYuan(p.Price)
	}
	return d
}

// ProductFields is the editor's field order, for focusing the first
// problem.
var ProductFields = []string{
	"sku", "name", "name.zh-Hans", "name.zh-Hant", "name.en", "price", "unit", "barcode", "category", "aisle", "image", "",
}

// Input checks the form as the server will, and builds the request.
func (d ProductDraft) Input() (rest.ProductInput, Problems) {
	ps := Problems{}
	in := rest.ProductInput{
		SKU:      strings.TrimSpace(d.SKU),
		Name:     texts(ps, "name", d.Name, content.MaxProductRunes, true),
		Unit:     strings.TrimSpace(d.Unit),
		Barcode:  strings.Map(halfWidth, strings.ReplaceAll(strings.TrimSpace(d.Barcode), " ", "")),
		Category: d.Category,
		Aisle:    strings.TrimSpace(d.Aisle),
		Image:    d.Image,
	}
	probe := content.Product{SKU: in.SKU, Name: content.Text{"en": "x"}}
	if in.SKU == "" || probe.Validate() != nil {
		ps["sku"] = problem(i18n.ConsoleErrSKU)
	}
	price, err := ParseYuan(d.Price)
	if err != nil {
		ps["price"] = priceProblem(err)
	}
	in.Price = &price
	if err == nil && d.PriceLocked() && price != *d.HQPrice {
		ps["price"] = problem(i18n.ConsoleErrHQPrice)
	}
	if d.HQ {
		in.Overridable, in.HQPaused = &d.Overridable, &d.HQPaused
	}
	if utf8.RuneCountInString(in.Unit) > content.MaxUnitRunes {
		ps["unit"] = problem(i18n.ConsoleErrUnit)
	}
	if in.Barcode != "" && content.CheckBarcode(in.Barcode) != nil {
		ps["barcode"] = problem(i18n.ConsoleErrBarcode)
	}
	if utf8.RuneCountInString(in.Aisle) > content.MaxAisleRunes {
		ps["aisle"] = problem(i18n.ConsoleErrTooLong, "Max", content.MaxAisleRunes)
	}
	if len(ps) > 0 {
		return rest.ProductInput{}, ps
	}
	return in, nil
}

// PriceLocked says head office sets the product's price in this store and
// allows no price of the store's own: the price is shown, not edited.
func (d ProductDraft) PriceLocked() bool { return !d.HQ && d.HQPrice != nil && !d.Overridable }

// PriceSource is where a price that applies in a store comes from.
type PriceSource int

const (
	PriceStore PriceSource = iota // the store's: head office sets none
	PriceChain                    // head office's, for every store
	PriceOwn                      // the store's own, where head office allows one
)

// PriceFrom says where p's price comes from in a store. A store's own
// price equal to head office's is head office's: the server keeps none.
func PriceFrom(p content.Product) PriceSource {
	switch {
	case p.HQPrice == nil:
		return PriceStore
	case p.Price != *p.HQPrice:
		return PriceOwn
	}
	return PriceChain
}
