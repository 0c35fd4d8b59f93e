package api

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/product"
)

// maxImportBytes caps a product file.
const maxImportBytes = 10 << 20

// importProducts takes a product CSV as the raw body or as the "file" part
// of a multipart form. ?lang= picks the language of the row errors. A file
// with any bad row changes nothing and is answered 422 with every error.
func (h *Handler) importProducts(w http.ResponseWriter, r *http.Request) {
	locale := r.URL.Query().Get("lang")
	if !content.KnownLocale(locale) {
		locale = content.DefaultLocale
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxImportBytes)
	var body io.Reader = r.Body
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt == "multipart/form-data" {
		f, _, err := r.FormFile("file")
		if err != nil {
			if tooLarge(err) {
				writeError(w, http.StatusRequestEntityTooLarge, "too_large", "a product file is at most 10 MiB")
				return
			}
			writeError(w, http.StatusBadRequest, "bad_upload", "send the CSV as the raw body or as a form part named file")
			return
		}
		defer f.Close()
		body = f
	}
	// Read it whole first: a cut-off upload must not look like a short file.
	b, err := io.ReadAll(body)
	if err != nil {
		if tooLarge(err) {
			writeError(w, http.StatusRequestEntityTooLarge, "too_large", "a product file is at most 10 MiB")
			return
		}
		writeError(w, http.StatusBadRequest, "bad_upload", "reading the file: "+err.Error())
		return
	}
	res, err := product.Import(r.Context(), h.store, bytes.NewReader(b), locale, "csv import")
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if len(res.Errors) > 0 {
		writeJSON(w, http.StatusUnprocessableEntity, rest.ImportRejected{
			Error:  rest.ErrorDetail{Code: "invalid_rows", Message: "the file has errors; nothing was imported"},
			Errors: res.Errors,
		})
		return
	}
	writeJSON(w, http.StatusOK, rest.ImportResult{Added: res.Added, Updated: res.Updated, HQPriced: res.HQPriced, Errors: res.Errors})
}

func tooLarge(err error) bool {
	var tooBig *http.MaxBytesError
	return errors.As(err, &tooBig)
}
