package chain

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"

	"github.com/nats-io/nats.go"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/points"
	"storecast/server/store"
)

// servePoints answers a store's request on head office's ledger. The
// issuer of a store's keys is the store's id and its caller, so receipt
// ids of two stores never collide; the actor in head office's audit is
// named the same way.
func (o *Office) servePoints(msg *nats.Msg) {
	op := strings.TrimPrefix(msg.Subject, pointsSubject)
	var req content.ChainPointsAsk
	if err := json.Unmarshal(msg.Data, &req); err != nil || validID(req.Store) != nil {
		o.answerPoints(msg, content.ChainPointsAnswer{Field: "request", Message: "not a store's points request"})
		return
	}
	issuer := req.Store + "/" + req.Issuer
	ctx, cancel := context.WithTimeout(store.ForStore(store.WithActor(context.Background(), req.Store+"/"+req.Actor), req.Store), answerWithin)
	defer cancel()
	l := o.cfg.Points
	var out any
	var err error
	switch op {
	case opJoin:
		var in rest.PointsJoin
		if err = decodeBody(req.Body, &in); err == nil {
			out, err = l.Join(ctx, in)
		}
	case opCard:
		out, err = l.CardCode(ctx, req.Code)
	case opMember:
		out, err = l.Member(ctx, req.Code)
	case opEntries:
		out, err = l.History(ctx, req.Code, req.Before, req.Limit)
	case opExport:
		out, err = l.Export(ctx, req.Code)
	case opDelete:
		err = l.Delete(ctx, req.Code)
		out = struct{}{}
	case opEarn:
		var in rest.PointsEarnInput
		if err = decodeBody(req.Body, &in); err == nil {
			out, err = l.EarnScanned(ctx, issuer, in, req.Scanned)
		}
	case opSpend:
		var in rest.PointsSpendInput
		if err = decodeBody(req.Body, &in); err == nil {
			out, err = l.Spend(ctx, issuer, in)
		}
	case opReverse:
		var in rest.PointsReverseInput
		if err = decodeBody(req.Body, &in); err == nil {
			out, err = l.Reverse(ctx, issuer, in)
		}
	case opRules:
		out, err = l.Rules(ctx)
	case opSetRules:
		err = points.ErrRulesAtHQ
	case opPartners, opExchange, opPartnerSpend, opSettlement:
		out, err = o.partnerOp(ctx, op, req)
	default:
		o.answerPoints(msg, content.ChainPointsAnswer{Field: "request", Message: "no such points operation: " + op})
		return
	}
	if err != nil {
		a, ok := refusal(err)
		if !ok {
			o.cfg.Log.Error("chain: points "+op, slog.String("store", req.Store), slog.Any("err", err))
			return // no answer: the store reports head office unreachable, which it is for this
		}
		o.answerPoints(msg, a)
		return
	}
	body, err := json.Marshal(out)
	if err != nil {
		return
	}
	o.answerPoints(msg, content.ChainPointsAnswer{Body: body})
}

// decodeBody decodes a request's body into v; a body that is not v's
// JSON is a refusal naming it (the store's API checked it already, so
// this is a store of another version).
func decodeBody(raw json.RawMessage, v any) error {
	if err := json.Unmarshal(raw, v); err != nil {
		return &content.FieldError{Field: "body", Message: err.Error()}
	}
	return nil
}

func (o *Office) answerPoints(msg *nats.Msg, a content.ChainPointsAnswer) {
	body, err := json.Marshal(a)
	if err != nil {
		return
	}
	_ = msg.Respond(body)
}
