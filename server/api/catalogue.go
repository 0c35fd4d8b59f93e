package api

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/catalogue"
	"storecast/server/store"
)

// idempotencyHeader names a batch so that sending it again is safe.
const idempotencyHeader = "Idempotency-Key"

// postCatalogueBatch takes a catalogue batch: JSON (rest.CatalogueBatch) or, with
// Content-Type text/csv, a product file with the feed's columns. A batch
// with any bad row changes nothing and is answered 422 naming every one;
// a key sent again with the same body gets the first answer, with another
// body 409. ?lang= picks the language of the row errors.
func (h *Handler) postCatalogueBatch(w http.ResponseWriter, r *http.Request) {
	locale := r.URL.Query().Get("lang")
	if !content.KnownLocale(locale) {
		locale = content.DefaultLocale
	}
	format := catalogue.FormatJSON
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "text/csv" {
		format = catalogue.FormatCSV
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, catalogue.MaxFileBytes))
	if err != nil {
		if tooLarge(err) {
			writeError(w, http.StatusRequestEntityTooLarge, "too_large", "a batch is at most "+strconv.Itoa(catalogue.MaxFileBytes>>20)+" MiB")
			return
		}
		writeError(w, http.StatusBadRequest, "bad_upload", "reading the batch: "+err.Error())
		return
	}
	p := principalOf(r)
	source := "api"
	if p.Via == auth.ViaAPIToken {
		source = "token " + p.Token
	}
	a, err := h.feed.Apply(r.Context(), catalogue.Batch{
		Key: r.Header.Get(idempotencyHeader), Body: body, Format: format, Locale: locale, Source: source, From: "api",
	})
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if a.Raw != nil {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Idempotent-Replayed", "true")
		w.WriteHeader(a.Status)
		_, _ = w.Write(append(a.Raw, '\n'))
		return
	}
	writeJSON(w, a.Status, a.Body)
}

// Limits of the catalogue's lists.
const (
	maxPriceChanges = 500
	maxParityRows   = 1000
	maxMissedRows   = 200
)

// productPrices is a product's price history, newest first.
func (h *Handler) productPrices(w http.ResponseWriter, r *http.Request) {
	sku := r.PathValue("sku")
	cs, err := h.store.PriceHistory(r.Context(), sku, maxPriceChanges)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no such product")
			return
		}
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.PriceHistory{SKU: sku, Changes: bodies(cs, func(c store.PriceChange) rest.PriceChange {
		return rest.PriceChange{Channel: c.Channel, Old: c.Old, New: c.New, Actor: c.Actor, Source: c.Source, At: c.At}
	})})
}

// parity lists the products whose channel prices differ from the price
// in store; ?format=csv is the day's report as a file for a spreadsheet,
// every mismatch (not only the first thousand), names in ?lang=.
func (h *Handler) parity(w http.ResponseWriter, r *http.Request) {
	limit := maxParityRows
	csvOut := r.URL.Query().Get("format") == "csv"
	if csvOut {
		limit = -1 // SQLite: no limit
	}
	ms, total, err := h.store.ParityMismatches(r.Context(), limit)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if csvOut {
		h.parityCSV(w, r, ms)
		return
	}
	writeJSON(w, http.StatusOK, rest.ParityList{Total: total, Mismatches: bodies(ms, func(m store.ParityMismatch) rest.ParityMismatch {
		return rest.ParityMismatch{SKU: m.SKU, Name: m.Name, InStore: m.InStore, OnlinePrice: m.Online,
			DeliveryPrice: m.Delivery, Channels: m.Channels, Since: m.Since}
	})})
}

// missedSearches lists the price check's searches that found nothing.
func (h *Handler) missedSearches(w http.ResponseWriter, r *http.Request) {
	ms, err := h.store.MissedSearches(r.Context(), maxMissedRows)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rest.MissedSearchList{Searches: bodies(ms, func(m store.MissedSearch) rest.MissedSearch {
		return rest.MissedSearch{Query: m.Query, Count: m.Count, FirstAt: m.FirstAt, LastAt: m.LastAt}
	})})
}

// parityCSV writes the mismatches as parity-DAY.csv (the store's day),
// prices in yuan as product files have them.
func (h *Handler) parityCSV(w http.ResponseWriter, r *http.Request, ms []store.ParityMismatch) {
	locale := r.URL.Query().Get("lang")
	if !content.KnownLocale(locale) {
		locale = content.DefaultLocale
	}
	loc := time.UTC
	if info, err := h.store.StoreInfo(r.Context()); err == nil {
		if l, err := time.LoadLocation(info.TimeZone); err == nil {
			loc = l
		}
	}
	price := func(p *int64) string {
		if p == nil {
			return ""
		}
		return content.FormatPrice(*p)
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="parity-`+h.now().In(loc).Format(time.DateOnly)+`.csv"`)
	cw := newCSVWriter(w)
	cw.Write([]string{"sku", "name", "in_store", "online", "delivery", "differs", "since"})
	for _, m := range ms {
		cw.Write([]string{m.SKU, m.Name.In(locale), content.FormatPrice(m.InStore), price(m.Online), price(m.Delivery),
			strings.Join(m.Channels, " "), m.Since.In(loc).Format(time.RFC3339)})
	}
	_ = cw.Flush() // the status is sent: a failed write is a client gone away
}
