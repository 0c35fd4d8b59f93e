package api

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/alert"
	"storecast/server/store"
)

// maxDeliveries bounds one page of the delivery log.
const maxDeliveries = 500

func (h *Handler) alertRules(w http.ResponseWriter, r *http.Request) {
	rules, err := h.store.AlertRules(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rules)
}

func (h *Handler) setAlertRules(w http.ResponseWriter, r *http.Request) {
	// Over the defaults: a client that predates a rule (a console not yet
	// reloaded) leaves it at its default rather than off and invalid.
	in := rest.DefaultAlertRules()
	if !readJSON(w, r, &in) {
		return
	}
	if !valid(w, in.Validate()) {
		return
	}
	if err := h.store.SetAlertRules(r.Context(), in); err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, in)
}

func (h *Handler) listWebhooks(w http.ResponseWriter, r *http.Request) {
	ws, err := h.store.Webhooks(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	out := rest.WebhookList{Webhooks: make([]rest.Webhook, 0, len(ws))}
	for _, wh := range ws {
		out.Webhooks = append(out.Webhooks, webhookBody(wh))
	}
	writeJSON(w, http.StatusOK, out)
}

// webhookBody is a webhook as the API shows it: no secret, and the URL's
// query values hidden.
func webhookBody(wh store.Webhook) rest.Webhook {
	return rest.Webhook{ID: wh.ID, Name: wh.Name, Kind: wh.Kind, URL: alert.Redact(wh.URL), Signed: wh.Secret != "", CreatedAt: wh.CreatedAt}
}

func (h *Handler) addWebhook(w http.ResponseWriter, r *http.Request) {
	var in rest.WebhookInput
	if !readJSON(w, r, &in) {
		return
	}
	in.Name, in.URL = strings.TrimSpace(in.Name), strings.TrimSpace(in.URL)
	if !valid(w, in.Validate()) {
		return
	}
	if err := h.alerts.CheckURL(in.URL); err != nil {
		var fe *content.FieldError
		if !errors.As(err, &fe) {
			err = &content.FieldError{Field: "url", Message: err.Error()}
		}
		valid(w, err)
		return
	}
	wh, err := h.store.CreateWebhook(r.Context(), store.Webhook{Name: in.Name, Kind: in.Kind, URL: in.URL, Secret: in.Secret})
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, webhookBody(wh))
}

func (h *Handler) deleteWebhook(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.store.DeleteWebhook(r.Context(), id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no webhook with id "+id)
			return
		}
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// testWebhook sends a test message now and answers how it went: a 200
// even when the receiver refused it, since the answer is that report.
func (h *Handler) testWebhook(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	d, err := h.alerts.Test(r.Context(), id)
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no webhook with id "+id)
			return
		}
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (h *Handler) listDeliveries(w http.ResponseWriter, r *http.Request) {
	limit := 100
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxDeliveries {
			writeFieldError(w, "limit", "1 to "+strconv.Itoa(maxDeliveries))
			return
		}
		limit = n
	}
	ds, err := h.store.Deliveries(r.Context(), limit)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if ds == nil {
		ds = []rest.Delivery{}
	}
	writeJSON(w, http.StatusOK, rest.DeliveryList{Deliveries: ds})
}

// answerStaffCall: the signed-in member of staff took the call; every
// console shows who, and its alert stops.
func (h *Handler) answerStaffCall(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.store.AnswerStaffCall(r.Context(), id, principalOf(r).Actor()); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusNotFound, "not_found", "no unanswered call for staff with id "+id+" (someone may have taken it)")
			return
		}
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
