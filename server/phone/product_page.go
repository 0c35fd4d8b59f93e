package phone

import (
	"errors"
	"log/slog"
	"net/http"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/server/store"
)

// productView is a product page's data.
type productView struct {
	page
	SKU, Price, Unit, Aisle string
	SameOnline              string // said only when the online price is known, current and equal
}

// productPage is a product's price for a shopper's phone (a shelf's QR
// code, a link): name, price in store and its unit, the aisle, and "the
// same price online" on the kiosk's terms. Plain HTML, no script: it is
// read once and left. An unknown SKU gets a page saying so, with 404.
func (h *Handler) productPage(w http.ResponseWriter, r *http.Request) {
	locale := localeOf(r.URL)
	p, err := h.store.ProductBySKU(r.Context(), r.PathValue("sku"))
	if errors.Is(err, store.ErrNotFound) {
		v := struct {
			page
			Help string
		}{newPage(locale, i18n.T(locale, i18n.ProductPageTitle), ""), i18n.T(locale, i18n.ProductUnknownHelp)}
		v.Heading = i18n.T(locale, i18n.ProductUnknown)
		h.writePage(w, r, http.StatusNotFound, "invalid", v)
		return
	}
	if err != nil {
		h.log.Error("phone: product page", slog.Any("err", err))
		http.Error(w, "the product could not be read; try again", http.StatusInternalServerError)
		return
	}
	name := p.Name.In(locale)
	v := productView{page: newPage(locale, name, ""), SKU: p.SKU,
		Price: i18n.T(locale, i18n.Price, "Price", content.FormatPrice(p.Price))}
	if p.Unit != "" {
		v.Unit = i18n.T(locale, i18n.ProductPerUnit, "Unit", p.Unit)
	}
	if p.Aisle != "" {
		v.Aisle = i18n.T(locale, i18n.PriceAisle, "Aisle", p.Aisle)
	}
	if p.OnlinePrice != nil && *p.OnlinePrice == p.Price && p.OnlineAt != nil && h.store.Now().Sub(*p.OnlineAt) <= h.parityAge {
		v.SameOnline = i18n.T(locale, i18n.PriceSame)
	}
	h.writePage(w, r, http.StatusOK, "product", v)
}
