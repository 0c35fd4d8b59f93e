package chain

import (
	"errors"

	"storecast/app/content"
	"storecast/server/points"
)

// In a chain the ledger of members and points is head office's: a member
// earns at one store and spends at another. Stores ask head office over
// NATS requests on pointsSubject + the operation; both ends are this
// package, so the messages are its own (pointsAsk, content.ChainPointsAnswer), not a
// contract with browsers.
const pointsSubject = "chain.points."

// The operations a store asks head office.
const (
	opJoin     = "join"
	opCard     = "card"
	opMember   = "member"
	opEntries  = "entries"
	opExport   = "export"
	opDelete   = "delete"
	opEarn     = "earn"
	opSpend    = "spend"
	opReverse  = "reverse"
	opRules    = "rules"
	opSetRules = "rules.set"
	// Partner merchants: stores list them, exchange with them and spend
	// at them; only head office changes them.
	opPartners     = "partners"
	opExchange     = "exchange"
	opPartnerSpend = "partner.spend"
	opSettlement   = "settlement"
)

// pointsRefusals are the ledger's refusals by name, as they cross the
// wire.
var pointsRefusals = map[string]error{
	"no_member":      points.ErrNoMember,
	"already_member": points.ErrAlreadyMember,
	"insufficient":   points.ErrInsufficient,
	"key_reused":     points.ErrKeyReused,
	"no_entry":       points.ErrNoEntry,
	"reversed":       points.ErrReversed,
	"bad_code":       points.ErrBadCode,
	"bad_card":       points.ErrBadCard,
	"bad_phone":      points.ErrBadPhone,
	"consent":        points.ErrConsent,
	"no_campaign":    points.ErrNoCampaign,
	"rules_at_hq":    points.ErrRulesAtHQ,
	"no_partner":     points.ErrNoPartner,
	"over_cap":       points.ErrCap,
	"too_few":        points.ErrTooFew,
	"partners_at_hq": points.ErrPartnersAtHQ,
}

// refusal is err as an answer, ok false for a failure that is no refusal
// (head office's own trouble: the store hears nothing, as if unreachable).
func refusal(err error) (content.ChainPointsAnswer, bool) {
	var fe *content.FieldError
	if errors.As(err, &fe) {
		return content.ChainPointsAnswer{Field: fe.Field, Message: fe.Message}, true
	}
	for name, r := range pointsRefusals {
		if errors.Is(err, r) {
			return content.ChainPointsAnswer{Refused: name}, true
		}
	}
	return content.ChainPointsAnswer{}, false
}

// refusedErr is an answer's refusal as the error the ledger gives; nil
// for none.
func refusedErr(a content.ChainPointsAnswer) error {
	if a.Field != "" {
		return &content.FieldError{Field: a.Field, Message: a.Message}
	}
	if a.Refused == "" {
		return nil
	}
	if err, ok := pointsRefusals[a.Refused]; ok {
		return err
	}
	return errors.New("chain: head office refused: " + a.Refused)
}
