package phone

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"storecast/app/content"
	"storecast/app/i18n"
	"storecast/server/coupon"
	"storecast/server/store"
)

// couponView is the coupon page's data.
type couponView struct {
	page
	Code       string
	Status     string // content.CouponIssued, …: a class, and what the script compares
	Offer      string
	StatusText string
	CodeSpoken string  // the code as a screen reader should read it
	QR         *qrView // while the coupon can be redeemed
	QRAlt      string
	Help       string
}

// qrView is the coupon URL's QR code, drawn inline (coupon.QRPath).
type qrView struct {
	Size int
	Path string
}

// couponPage shows the coupon: the offer, its status with the time that
// goes with it, the code large for the cashier and its QR code. A code
// that is not one of ours gets a page saying so, with 404.
func (h *Handler) couponPage(w http.ResponseWriter, r *http.Request) {
	locale := localeOf(r.URL)
	cp, code, err := h.coupon(r.Context(), r.PathValue("code"))
	if errors.Is(err, coupon.ErrInvalid) || errors.Is(err, store.ErrNotFound) {
		h.invalidCoupon(w, r, locale)
		return
	}
	if h.chain != nil && h.chain.Unreachable(err) {
		// The coupon is good or not at head office; the phone may try again.
		w.Header().Set("Retry-After", "30")
		http.Error(w, "head office cannot be reached to show this chain coupon; try again in a minute", http.StatusServiceUnavailable)
		return
	}
	if err != nil {
		h.log.Error("phone: coupon page", slog.Any("err", err))
		http.Error(w, "the coupon could not be read; try again", http.StatusInternalServerError)
		return
	}
	v, err := h.couponView(locale, code, cp)
	if err != nil {
		h.log.Error("phone: coupon page", slog.Any("err", err))
		http.Error(w, "the coupon could not be shown; try again", http.StatusInternalServerError)
		return
	}
	h.branded(r.Context(), &v.page)
	h.writePage(w, r, http.StatusOK, "coupon", v)
}

// coupon reads the coupon a code names, and the code written the canonical
// way: a chain coupon (CH-) from head office, any other from this store.
func (h *Handler) coupon(ctx context.Context, raw string) (content.Coupon, string, error) {
	if canon, ok := coupon.ChainCode(raw); ok && h.chain != nil {
		cp, err := h.chain.Coupon(ctx, canon)
		return cp, canon, err
	}
	serial, code, err := h.codec.Parse(raw)
	if err != nil {
		return content.Coupon{}, "", fmt.Errorf("%w: %v", coupon.ErrInvalid, err)
	}
	cp, err := h.store.Coupon(ctx, serial)
	return cp, code, err
}

// invalidCoupon says the code is none of ours: altered, mistyped, or cut
// short by the camera app.
func (h *Handler) invalidCoupon(w http.ResponseWriter, r *http.Request, locale string) {
	v := struct {
		page
		Help string
	}{newPage(locale, i18n.T(locale, i18n.CouponTitle), couponScript), i18n.T(locale, i18n.CouponInvalidHelp)}
	v.Heading = i18n.T(locale, i18n.CouponInvalid)
	h.branded(r.Context(), &v.page)
	h.writePage(w, r, http.StatusNotFound, "invalid", v)
}

func (h *Handler) couponView(locale, code string, cp content.Coupon) (couponView, error) {
	v := couponView{
		page:       newPage(locale, i18n.T(locale, i18n.CouponTitle), couponScript),
		Code:       code,
		Status:     cp.Status,
		Offer:      cp.Offer.In(locale),
		StatusText: statusText(locale, cp, h.zone),
		CodeSpoken: i18n.T(locale, i18n.CouponCodeSay, "Code", spelled(code)),
		Help:       i18n.T(locale, i18n.CouponShowCashier),
	}
	v.Heading = cp.Title.In(locale)
	if cp.Status == content.CouponIssued {
		size, d, err := coupon.QRPath(h.publicURL + "/c/" + code)
		if err != nil {
			return couponView{}, fmt.Errorf("phone: %w", err)
		}
		v.QR, v.QRAlt = &qrView{Size: size, Path: d}, i18n.T(locale, i18n.CouponQRAlt)
	}
	return v, nil
}
