package api

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/points"
	"storecast/server/store"
)

// The kiosk's "My points": a member shows their member code, the kiosk
// shows their balance and the catalogue, and exchanges points for a
// coupon. The points go through the PointsBook (head office's ledger in a
// chain), the coupon through the claim path, so both work in a chain.

// kioskMember is GET /kiosk/points/members/{code}?install=: a member's
// balance, what expires soon, and the catalogue marked by what they can
// afford.
func (h *Handler) kioskMember(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.claimDevice(w, r, r.URL.Query().Get("install")); !ok {
		return
	}
	m, err := h.points.Member(r.Context(), r.PathValue("code"))
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	its, err := h.store.PointsItems(r.Context(), true)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	out := rest.KioskMember{Balance: m.Balance, Expiring: m.Expiring, ExpiringDays: rest.ExpiringDays,
		Items: make([]rest.KioskPointsItem, 0, len(its))}
	for _, it := range its {
		out.Items = append(out.Items, rest.KioskPointsItem{PointsItem: it, Affordable: it.Price <= m.Balance})
	}
	writeJSON(w, http.StatusOK, out)
}

// exchangePoints is POST /kiosk/points/exchanges: it spends the item's
// price from the member (issuer: the kiosk's device; key: the exchange
// id) and claims the item's coupon for the kiosk. If the claim fails the
// spend is reversed before the shopper is told, so no points go without
// a coupon. A retried exchange answers the coupon of the first.
func (h *Handler) exchangePoints(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsExchangeInput
	if !readJSON(w, r, &in) {
		return
	}
	device, ok := h.claimant(w, r, in.Install) // an exchange is a claim: counted with them
	if !ok {
		return
	}
	spend := rest.PointsSpendInput{MemberCode: in.MemberCode, ReceiptID: in.ExchangeID, Points: 1}
	if err := points.ValidateSpend(spend); err != nil {
		h.pointsError(w, r, fieldRenamed(err, "receipt_id", "exchange_id"))
		return
	}
	unlock, err := h.exchanges.lock(r.Context(), device+"\x00"+in.ExchangeID)
	if err != nil {
		h.internal(w, r, err)
		return
	}
	defer unlock()
	if done, err := h.store.PointsExchange(r.Context(), device, in.ExchangeID); err == nil {
		h.exchangedBefore(w, r, done)
		return
	} else if !errors.Is(err, store.ErrNotFound) {
		h.internal(w, r, err)
		return
	}
	it, err := h.store.PointsItem(r.Context(), in.Item)
	if errors.Is(err, store.ErrNotFound) {
		writeFieldError(w, "item", "no such item")
		return
	} else if err != nil {
		h.internal(w, r, err)
		return
	}
	spend.Points = it.Price
	posted, err := h.points.Spend(r.Context(), device, spend)
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	cp, err := h.claim(r.Context(), it.Campaign, device)
	if err != nil {
		h.refundExchange(w, r, device, in, err)
		return
	}
	out := rest.PointsExchanged{Claimed: rest.Claimed{Coupon: cp, QR: "/c/" + cp.Code + "/qr.png"}, Balance: posted.Balance}
	answer, _ := json.Marshal(out)
	x := store.PointsExchange{Issuer: device, ID: in.ExchangeID, Item: it.ID, Status: "done", Answer: string(answer)}
	if err := h.store.RecordPointsExchange(r.Context(), x); err != nil {
		// The coupon is the shopper's: show it. A retry would find the
		// spend replayed and no record, and claim again; logged to see.
		h.log.Error("api: points exchange not recorded", slog.String("exchange", in.ExchangeID), slog.Any("err", err))
	}
	writeJSON(w, http.StatusCreated, out)
}

// refundExchange reverses an exchange's spend after its claim failed,
// records it refunded (first, so a retry after a crash reverses again
// rather than claims), and answers the claim's refusal.
func (h *Handler) refundExchange(w http.ResponseWriter, r *http.Request, device string, in rest.PointsExchangeInput, claimErr error) {
	x := store.PointsExchange{Issuer: device, ID: in.ExchangeID, Item: in.Item, Status: "refunded"}
	if err := h.store.RecordPointsExchange(r.Context(), x); err != nil {
		h.internal(w, r, err)
		return
	}
	if err := h.reverseExchange(r.Context(), device, in.ExchangeID); err != nil {
		h.pointsError(w, r, err)
		return
	}
	h.claimError(w, r, claimErr)
}

// reverseExchange gives an exchange's points back; reversing it again is
// no error.
func (h *Handler) reverseExchange(ctx context.Context, device, id string) error {
	_, err := h.points.Reverse(ctx, device, rest.PointsReverseInput{Kind: rest.PointsSpend, ReceiptID: id, ReversalID: id + "-refund"})
	if errors.Is(err, points.ErrReversed) {
		return nil
	}
	return err
}

// exchangedBefore answers a retried exchange as the first ended.
func (h *Handler) exchangedBefore(w http.ResponseWriter, r *http.Request, x store.PointsExchange) {
	if x.Status == "done" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		w.Write([]byte(x.Answer + "\n")) // as writeJSON ends a body
		return
	}
	if err := h.reverseExchange(r.Context(), x.Issuer, x.ID); err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeError(w, http.StatusConflict, "refunded", "this exchange could not be done and its points were given back")
}

// fieldRenamed names a ledger's field error as the exchange calls it.
func fieldRenamed(err error, from, to string) error {
	var fe *content.FieldError
	if errors.As(err, &fe) && fe.Field == from {
		return &content.FieldError{Field: to, Message: fe.Message}
	}
	return err
}
