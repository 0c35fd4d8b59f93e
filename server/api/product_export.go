package api

import (
	"net/http"

	"storecast/app/content"
	"storecast/server/store"
)

// exportProducts writes every product as a CSV file in the import's
// columns, so a file exported, edited in a spreadsheet and imported again
// changes only what was edited.
func (h *Handler) exportProducts(w http.ResponseWriter, r *http.Request) {
	// Read the first page before writing anything, so a failing store is
	// still an error answer rather than an empty file.
	page, err := h.store.ProductPage(r.Context(), "", 0, store.MaxProductPage)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="products.csv"`)
	cw := newCSVWriter(w)
	if err := cw.Write(content.ProductColumns); err != nil {
		return
	}
	for offset := 0; len(page.Products) > 0; {
		for _, p := range page.Products {
			row := []string{p.SKU, p.Barcode, p.Name[content.LocaleZhHans], p.Name[content.LocaleZhHant],
				p.Name[content.LocaleEn], content.FormatPrice(p.Price), p.Category, p.Aisle}
			if err := cw.Write(row); err != nil {
				return
			}
		}
		offset += len(page.Products)
		if page, err = h.store.ProductPage(r.Context(), "", offset, store.MaxProductPage); err != nil {
			// The answer has begun: log it, and the file ends short.
			h.log.ErrorContext(r.Context(), "api: export products", "err", err)
			return
		}
	}
	if err := cw.Flush(); err != nil {
		h.log.ErrorContext(r.Context(), "api: export products", "err", err)
	}
}
