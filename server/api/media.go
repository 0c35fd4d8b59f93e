package api

import (
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"strings"

	"storecast/app/rest"
	"storecast/server/media"
)

// uploadMedia stores one file, sent as the raw body or as the "file" part of
// a multipart form. The client's file name is never used.
func (h *Handler) uploadMedia(w http.ResponseWriter, r *http.Request) {
	h.upload(w, r, "media.upload", h.media.Save)
}

// upload answers an upload that save checks and keeps, writing its audit
// entry as action once the file is kept.
func (h *Handler) upload(w http.ResponseWriter, r *http.Request, action string, save func(io.Reader) (string, error)) {
	// Room for multipart framing on top of the media limit.
	r.Body = http.MaxBytesReader(w, r.Body, media.MaxBytes+64<<10)
	var src io.Reader = r.Body
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		part, err := filePart(r)
		if err != nil {
			writeError(w, http.StatusBadRequest, "bad_upload", err.Error())
			return
		}
		src = part
	}
	url, err := save(src)
	switch {
	case err == nil:
		// The file has no row to write with its entry: the entry is made
		// once it is saved. Were it to fail, the file (named by its hash)
		// stays and an upload again is harmless.
		if err := h.store.Audit(r.Context(), action, url, ""); err != nil {
			h.internal(w, r, err)
			return
		}
		writeJSON(w, http.StatusCreated, rest.MediaUploaded{URL: url})
	case errors.Is(err, media.ErrTooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, "too_large", err.Error())
	case errors.Is(err, media.ErrUnsupportedType), errors.Is(err, media.ErrImageTooLarge):
		writeError(w, http.StatusUnprocessableEntity, "bad_media", err.Error())
	default:
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "too_large", media.ErrTooLarge.Error())
			return
		}
		h.internal(w, r, err)
	}
}

func filePart(r *http.Request) (*multipart.Part, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, err
	}
	for {
		part, err := mr.NextPart()
		if err != nil {
			return nil, errors.New(`the form has no "file" part`)
		}
		if part.FormName() == "file" {
			return part, nil
		}
	}
}
