package api

import (
	"errors"
	"net/http"

	"storecast/app/content"
	"storecast/server/store"
)

// defaultBrand is what GET /api/v1/brand answers before an admin sets one:
// no name (screens show the product's) and the product's green.
func defaultBrand() content.Brand {
	return content.Brand{Name: content.Text{}, Color: "#0b5d3b", Accent: "#0b5d3b"}
}

// getBrand is GET /api/v1/brand: the store's name, logo and colours.
func (h *Handler) getBrand(w http.ResponseWriter, r *http.Request) {
	b, err := h.store.Brand(r.Context())
	if errors.Is(err, store.ErrNotFound) {
		b, err = defaultBrand(), nil
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// setBrand is PUT /api/v1/brand: the whole brand at once; every screen
// shows it at once. A bad colour or logo is refused and changes nothing.
func (h *Handler) setBrand(w http.ResponseWriter, r *http.Request) {
	var b content.Brand
	if !readJSONLimit(w, r, &b, 16<<10) {
		return
	}
	if !valid(w, b.Validate()) {
		return
	}
	if b.Logo != "" && !h.media.Exists(b.Logo) {
		writeFieldError(w, "logo", "no uploaded image at "+b.Logo+"; upload it to /api/v1/brand/logo first")
		return
	}
	if err := h.store.SetBrand(r.Context(), b); err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, b)
}

// uploadLogo is POST /api/v1/brand/logo: a logo checked as every upload is
// and kept only if it is a still PNG, JPEG or WebP image. It answers the
// URL to PUT in the brand's logo.
func (h *Handler) uploadLogo(w http.ResponseWriter, r *http.Request) {
	h.upload(w, r, "brand.logo", h.media.SaveStill)
}
