package api

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/points"
)

// PointsBook is a ledger of members and points: the store's own
// (points.Ledger) or, in a chain, head office's (chain.Points), whose
// earns may come back Queued and whose calls fail as Unreachable when
// head office does not answer.
type PointsBook interface {
	Join(ctx context.Context, in rest.PointsJoin) (rest.PointsMember, error)
	CardCode(ctx context.Context, card string) (rest.PointsCode, error)
	Member(ctx context.Context, code string) (rest.PointsMember, error)
	History(ctx context.Context, code string, before int64, limit int) (rest.PointsHistory, error)
	Export(ctx context.Context, code string) (rest.PointsExport, error)
	Delete(ctx context.Context, code string) error
	Earn(ctx context.Context, issuer string, in rest.PointsEarnInput) (rest.PointsPosted, error)
	Spend(ctx context.Context, issuer string, in rest.PointsSpendInput) (rest.PointsPosted, error)
	Reverse(ctx context.Context, issuer string, in rest.PointsReverseInput) (rest.PointsPosted, error)
	Rules(ctx context.Context) (rest.PointsRules, error)
	SetRules(ctx context.Context, r rest.PointsRules) error
	// Partner merchants (积分通兑): their rates and caps, exchanges with
	// them, spends of ours on their items, and what each side owes.
	Partners(ctx context.Context) ([]rest.PointsPartner, error)
	PutPartner(ctx context.Context, p rest.PointsPartner) error
	DisablePartner(ctx context.Context, id string) error
	Exchange(ctx context.Context, in rest.PartnerExchangeInput) (rest.PartnerExchanged, error)
	SpendAtPartner(ctx context.Context, in rest.PartnerSpendInput) (rest.PartnerSpent, error)
	Settlement(ctx context.Context, from, to string, fenPerPoint int64) ([]rest.PointsSettlement, error)
}

// The points API's handlers. A ledger entry records its issuer (the
// caller's name) and actor, so earns, spends and exchanges are no audit
// entries of their own; reversals, deletions, rules and partners are.

func (h *Handler) pointsConsent(w http.ResponseWriter, r *http.Request) {
	locale := r.URL.Query().Get("locale")
	if locale == "" {
		locale = content.DefaultLocale
	}
	c, err := points.Consent(locale)
	if err != nil {
		writeError(w, http.StatusNotFound, "not_found", "no consent notice in "+strconv.Quote(locale))
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (h *Handler) joinPoints(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsJoin
	if !readJSON(w, r, &in) {
		return
	}
	m, err := h.points.Join(r.Context(), in)
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, m)
}

// cardCode gives a member's phone its member code, for the card it got
// when they joined.
func (h *Handler) cardCode(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsCard
	if !readJSON(w, r, &in) {
		return
	}
	c, err := h.points.CardCode(r.Context(), in.Card)
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}

func (h *Handler) pointsMember(w http.ResponseWriter, r *http.Request) {
	m, err := h.points.Member(r.Context(), r.PathValue("code"))
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, m)
}

func (h *Handler) pointsHistory(w http.ResponseWriter, r *http.Request) {
	before, _ := strconv.ParseInt(r.URL.Query().Get("before"), 10, 64)
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil {
		limit = 50
	}
	hist, err := h.points.History(r.Context(), r.PathValue("code"), before, limit)
	if err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, hist)
}

func (h *Handler) deleteMember(w http.ResponseWriter, r *http.Request) {
	if err := h.points.Delete(r.Context(), r.PathValue("code")); err != nil {
		h.pointsError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// issuer names who issues a request's idempotency keys: the caller, so
// one till's receipt ids never collide with another's.
func issuer(r *http.Request) string { return principalOf(r).Actor() }

func (h *Handler) earnPoints(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsEarnInput
	if !readJSON(w, r, &in) {
		return
	}
	p, err := h.points.Earn(r.Context(), issuer(r), in)
	h.posted(w, r, p, err)
}

func (h *Handler) spendPoints(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsSpendInput
	if !readJSON(w, r, &in) {
		return
	}
	p, err := h.points.Spend(r.Context(), issuer(r), in)
	h.posted(w, r, p, err)
}

func (h *Handler) reversePoints(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsReverseInput
	if !readJSON(w, r, &in) {
		return
	}
	p, err := h.points.Reverse(r.Context(), issuer(r), in)
	h.posted(w, r, p, err)
}

// posted answers an entry written (201), replayed (200) or, in a chain
// store, queued for head office (202).
func (h *Handler) posted(w http.ResponseWriter, r *http.Request, p rest.PointsPosted, err error) {
	switch {
	case err != nil:
		h.pointsError(w, r, err)
	case p.Queued:
		writeJSON(w, http.StatusAccepted, p)
	case p.Replayed:
		writeJSON(w, http.StatusOK, p)
	default:
		writeJSON(w, http.StatusCreated, p)
	}
}

func (h *Handler) pointsRules(w http.ResponseWriter, r *http.Request) {
	rules, err := h.points.Rules(r.Context())
	if err != nil {
		h.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rules)
}

func (h *Handler) setPointsRules(w http.ResponseWriter, r *http.Request) {
	var in rest.PointsRules
	if !readJSON(w, r, &in) {
		return
	}
	if err := h.points.SetRules(r.Context(), in); err != nil {
		h.pointsError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, in)
}

// pointsError answers the ledger's refusals.
// unreachable reports whether err is head office not answering a chain
// store's ledger.
func unreachable(book PointsBook, err error) bool {
	u, ok := book.(interface{ Unreachable(error) bool })
	return ok && u.Unreachable(err)
}

func (h *Handler) pointsError(w http.ResponseWriter, r *http.Request, err error) {
	var fe *content.FieldError
	switch {
	case errors.As(err, &fe):
		writeFieldError(w, fe.Field, fe.Message)
	case errors.Is(err, points.ErrBadCode):
		writeFieldError(w, "member_code", points.ErrBadCode.Error())
	case errors.Is(err, points.ErrBadCard):
		writeFieldError(w, "card", points.ErrBadCard.Error())
	case errors.Is(err, points.ErrBadPhone):
		writeFieldError(w, "phone", points.ErrBadPhone.Error())
	case errors.Is(err, points.ErrConsent):
		writeFieldError(w, "consent_version", points.ErrConsent.Error())
	case errors.Is(err, points.ErrNoCampaign):
		writeFieldError(w, "campaign", points.ErrNoCampaign.Error())
	case errors.Is(err, points.ErrNoMember):
		writeError(w, http.StatusNotFound, "not_found", points.ErrNoMember.Error())
	case errors.Is(err, points.ErrNoEntry):
		writeError(w, http.StatusNotFound, "not_found", points.ErrNoEntry.Error())
	case errors.Is(err, points.ErrAlreadyMember):
		writeError(w, http.StatusConflict, "already_member", points.ErrAlreadyMember.Error())
	case errors.Is(err, points.ErrInsufficient):
		writeError(w, http.StatusConflict, "insufficient", points.ErrInsufficient.Error())
	case errors.Is(err, points.ErrKeyReused):
		writeError(w, http.StatusConflict, "key_reused", points.ErrKeyReused.Error())
	case errors.Is(err, points.ErrReversed):
		writeError(w, http.StatusConflict, "reversed", points.ErrReversed.Error())
	case errors.Is(err, points.ErrRulesAtHQ):
		writeError(w, http.StatusConflict, "rules_at_hq", points.ErrRulesAtHQ.Error())
	case errors.Is(err, points.ErrNoPartner):
		writeError(w, http.StatusNotFound, "no_partner", points.ErrNoPartner.Error())
	case errors.Is(err, points.ErrCap):
		writeError(w, http.StatusConflict, "over_cap", err.Error()) // says how much of the cap is left
	case errors.Is(err, points.ErrTooFew):
		writeError(w, http.StatusUnprocessableEntity, "too_few", points.ErrTooFew.Error())
	case errors.Is(err, points.ErrPartnersAtHQ):
		writeError(w, http.StatusConflict, "partners_at_hq", points.ErrPartnersAtHQ.Error())
	case unreachable(h.points, err):
		h.hqUnreachable(w, err, "members and points")
	default:
		h.internal(w, r, err)
	}
}
