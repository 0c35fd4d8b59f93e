package api

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"storecast/app/rest"
	"storecast/server/markdown"
	"storecast/server/store"
)

// markdowns lists the lots the rule suggests marking down now.
func (h *Handler) markdowns(w http.ResponseWriter, r *http.Request) {
	ss, err := h.markdown.Suggestions(r.Context(), h.store, h.now(), h.store.Location())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	list := rest.MarkdownList{Suggestions: []rest.MarkdownSuggestion{}}
	for _, s := range ss {
		list.Suggestions = append(list.Suggestions, markdownBody(s))
	}
	for _, s := range h.markdown.Steps {
		list.Rule = append(list.Rule, rest.MarkdownStep{Days: s.Days, Percent: s.Percent})
	}
	writeJSON(w, http.StatusOK, list)
}

func markdownBody(s markdown.Suggested) rest.MarkdownSuggestion {
	return rest.MarkdownSuggestion{
		SKU: s.SKU, Name: s.Name, BestBefore: s.BestBefore, Quantity: s.Quantity, Price: s.Lot.Price,
		SuggestedPrice: s.Price, Percent: s.Percent, DaysLeft: s.DaysLeft, Ends: s.Ends.UTC(),
		Why: why(s.DaysLeft, s.Percent),
	}
}

// why says in English why the rule suggests a cut.
func why(daysLeft, percent int) string {
	when := fmt.Sprintf("in %d days", daysLeft)
	switch daysLeft {
	case 0:
		when = "today"
	case 1:
		when = "tomorrow"
	}
	return fmt.Sprintf("best before %s: %d %% off", when, percent)
}

// approveMarkdown makes the lot's suggestion an offer on screens. A
// second tap answers the offer the first one made (200, not 201).
func (h *Handler) approveMarkdown(w http.ResponseWriter, r *http.Request) {
	ctx, sku, bb := r.Context(), r.PathValue("sku"), r.PathValue("best_before")
	if h.earlierOffer(w, r, sku, bb) {
		return
	}
	now := h.now()
	s, ok, err := h.markdown.Find(ctx, h.store, now, h.store.Location(), sku, bb)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	if !ok {
		writeError(w, http.StatusNotFound, "not_found", "no markdown suggested for "+sku+" best before "+bb+
			": it is sold out, past its date, dismissed, or not near its date yet")
		return
	}
	p, err := h.store.ApproveMarkdown(ctx, sku, bb, s.Offer(now))
	if errors.Is(err, store.ErrDecided) && h.earlierOffer(w, r, sku, bb) {
		return // a tap that came in while this one looked
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/promotions/"+p.ID)
	writeJSON(w, http.StatusCreated, rest.MarkdownApproved{Promotion: p, Created: true})
}

// earlierOffer answers with the offer an earlier approval of the lot
// made, if there is one.
func (h *Handler) earlierOffer(w http.ResponseWriter, r *http.Request, sku, bb string) bool {
	p, err := h.store.MarkdownOffer(r.Context(), sku, bb)
	if errors.Is(err, store.ErrNotFound) {
		return false
	}
	if err != nil {
		h.internal(w, r, err)
		return true
	}
	writeJSON(w, http.StatusOK, rest.MarkdownApproved{Promotion: p})
	return true
}

// dismissMarkdown takes the lot off the suggestions; doing it again is
// harmless.
func (h *Handler) dismissMarkdown(w http.ResponseWriter, r *http.Request) {
	sku, bb := r.PathValue("sku"), r.PathValue("best_before")
	if _, err := time.Parse(time.DateOnly, bb); err != nil {
		writeError(w, http.StatusNotFound, "not_found", "best_before "+bb+" is not a YYYY-MM-DD date")
		return
	}
	err := h.store.DismissMarkdown(r.Context(), sku, bb)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not_found", "no lot of "+sku+" best before "+bb)
		return
	}
	if err != nil {
		h.internal(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
