package api

import (
	"errors"
	"net/http"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/store"
)

// listCampaigns shows every campaign with its live counts.
func (h *Handler) listCampaigns(w http.ResponseWriter, r *http.Request) {
	cs, err := h.store.Campaigns(r.Context(), false)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	out := make([]rest.CampaignWithReport, 0, len(cs))
	for _, c := range cs {
		rep, err := h.store.Report(r.Context(), c.ID)
		if err != nil {
			h.internal(w, r, err)
			return
		}
		out = append(out, campaignBody(c, rep))
	}
	writeJSON(w, http.StatusOK, rest.CampaignList{Campaigns: out})
}

func campaignBody(c content.Campaign, r store.CampaignReport) rest.CampaignWithReport {
	return rest.CampaignWithReport{Campaign: c, Report: rest.CampaignReport{
		Claimed: r.Claimed, Redeemed: r.Redeemed, Expired: r.Expired, Void: r.Void, Rate: r.Rate,
	}}
}

func (h *Handler) decodeCampaign(w http.ResponseWriter, r *http.Request) (content.Campaign, bool) {
	var in rest.CampaignInput
	if !readJSON(w, r, &in) {
		return content.Campaign{}, false
	}
	c := content.Campaign{
		Title: in.Title, Offer: in.Offer, Quantity: in.Quantity, PerDevice: in.PerDevice,
		WindowMinutes: in.WindowMinutes, ValidFrom: in.ValidFrom, ValidTo: in.ValidTo,
		CouponMinutes: in.CouponMinutes, Groups: in.Groups, Status: in.Status, Promotion: in.Promotion,
	}
	if !valid(w, c.Validate()) {
		return content.Campaign{}, false
	}
	if c.Promotion != "" {
		_, err := h.store.Promotion(r.Context(), c.Promotion)
		switch {
		case errors.Is(err, store.ErrNotFound):
			writeFieldError(w, "promotion", "no promotion with id "+c.Promotion)
			return content.Campaign{}, false
		case err != nil:
			h.internal(w, r, err)
			return content.Campaign{}, false
		}
	}
	return c, true
}

func (h *Handler) createCampaign(w http.ResponseWriter, r *http.Request) {
	c, ok := h.decodeCampaign(w, r)
	if !ok {
		return
	}
	c, err := h.store.CreateCampaign(r.Context(), c)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, c)
}

func (h *Handler) updateCampaign(w http.ResponseWriter, r *http.Request) {
	c, ok := h.decodeCampaign(w, r)
	if !ok {
		return
	}
	c.ID = r.PathValue("id")
	c, err := h.store.UpdateCampaign(r.Context(), c)
	switch {
	case errors.Is(err, store.ErrBelowClaimed):
		writeFieldError(w, "quantity", err.Error())
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "no campaign with id "+r.PathValue("id"))
	case err != nil:
		h.internal(w, r, err)
	default:
		writeJSON(w, http.StatusOK, c)
	}
}

func (h *Handler) campaignReport(w http.ResponseWriter, r *http.Request) {
	c, err := h.store.Campaign(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no campaign with id "+r.PathValue("id"))
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	rep, err := h.store.Report(r.Context(), c.ID)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, campaignBody(c, rep))
}
