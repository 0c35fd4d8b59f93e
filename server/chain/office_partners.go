package chain

import (
	"context"

	"storecast/app/content"
	"storecast/app/rest"
)

// partnerOp answers a store's request about partner merchants on head
// office's ledger. An exchange's key is the store's id and its key, as
// an earn's issuer is, so two stores' keys never collide.
func (o *Office) partnerOp(ctx context.Context, op string, req content.ChainPointsAsk) (any, error) {
	l := o.cfg.Points
	switch op {
	case opPartners:
		return l.Partners(ctx)
	case opExchange:
		var in rest.PartnerExchangeInput
		if err := decodeBody(req.Body, &in); err != nil {
			return nil, err
		}
		in.Key = req.Store + "/" + in.Key
		return l.Exchange(ctx, in)
	case opPartnerSpend:
		var in rest.PartnerSpendInput
		if err := decodeBody(req.Body, &in); err != nil {
			return nil, err
		}
		in.Key = req.Store + "/" + in.Key
		return l.SpendAtPartner(ctx, in)
	default: // opSettlement
		var in content.ChainSettlementAsk
		if err := decodeBody(req.Body, &in); err != nil {
			return nil, err
		}
		return l.Settlement(ctx, in.From, in.To, in.FenPerPoint)
	}
}
