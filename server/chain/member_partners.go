package chain

import (
	"context"
	"fmt"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/points"
)

// A chain store's calls about partner merchants go to head office's
// ledger, as its spends do: while head office does not answer they fail
// with ErrHQUnreachable (an exchange needs the balance and the day's
// caps, which only head office knows). The partners themselves are head
// office's to change.

func (p *Points) Partners(ctx context.Context) ([]rest.PointsPartner, error) {
	var out []rest.PointsPartner
	return out, p.ask(ctx, opPartners, content.ChainPointsAsk{}, &out)
}

// PutPartner is refused: the chain's partners are head office's.
func (p *Points) PutPartner(context.Context, rest.PointsPartner) error { return points.ErrPartnersAtHQ }

// DisablePartner is refused: the chain's partners are head office's.
func (p *Points) DisablePartner(context.Context, string) error { return points.ErrPartnersAtHQ }

// Exchange checks the request here first, so a till hears of a bad
// amount at once, even with head office away.
func (p *Points) Exchange(ctx context.Context, in rest.PartnerExchangeInput) (rest.PartnerExchanged, error) {
	var out rest.PartnerExchanged
	if err := points.ValidateExchange(in); err != nil {
		return out, fmt.Errorf("chain: exchange: %w", err)
	}
	return out, p.ask(ctx, opExchange, content.ChainPointsAsk{Body: bodyOf(in)}, &out)
}

func (p *Points) SpendAtPartner(ctx context.Context, in rest.PartnerSpendInput) (rest.PartnerSpent, error) {
	var out rest.PartnerSpent
	if err := points.ValidatePartnerSpend(in); err != nil {
		return out, fmt.Errorf("chain: partner spend: %w", err)
	}
	return out, p.ask(ctx, opPartnerSpend, content.ChainPointsAsk{Body: bodyOf(in)}, &out)
}

func (p *Points) Settlement(ctx context.Context, from, to string, fenPerPoint int64) ([]rest.PointsSettlement, error) {
	var out []rest.PointsSettlement
	return out, p.ask(ctx, opSettlement, content.ChainPointsAsk{Body: bodyOf(content.ChainSettlementAsk{From: from, To: to, FenPerPoint: fenPerPoint})}, &out)
}
