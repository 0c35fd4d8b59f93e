package api

import (
	"encoding/json"
	"errors"
	"net/http"

	"storecast/app/content"
	"storecast/app/rest"
)

func writeError(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, rest.ErrorBody{Error: rest.ErrorDetail{Code: code, Message: message}})
}

func writeFieldError(w http.ResponseWriter, field, message string) {
	writeJSON(w, http.StatusUnprocessableEntity, rest.ErrorBody{Error: rest.ErrorDetail{
		Code: "invalid", Message: field + ": " + message, Field: field,
	}})
}

// valid answers a validation error (a field error when it names a field)
// and reports whether there was none.
func valid(w http.ResponseWriter, err error) bool {
	if err == nil {
		return true
	}
	var fe *content.FieldError
	if errors.As(err, &fe) {
		writeFieldError(w, fe.Field, fe.Message)
	} else {
		writeError(w, http.StatusUnprocessableEntity, "invalid", err.Error())
	}
	return false
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
