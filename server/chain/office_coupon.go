package chain

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"

	"github.com/nats-io/nats.go"

	"storecast/app/content"
	"storecast/server/coupon"
	"storecast/server/store"
)

// claim issues a chain coupon for a shopper at a store. Head office holds
// the campaign's one count, so no two stores can overshoot it; the claim
// is counted for the store in the same transaction.
func (o *Office) claim(msg *nats.Msg) {
	var req content.ChainClaim
	if err := json.Unmarshal(msg.Data, &req); err != nil || validID(req.Store) != nil {
		o.answer(msg, content.ChainCouponReply{Refused: "invalid"})
		return
	}
	ctx, cancel := context.WithTimeout(store.ForStore(context.Background(), req.Store), answerWithin)
	defer cancel()
	var cp content.Coupon
	var serial uint32
	var err error
	for range 5 { // a random serial collides once in a great while: draw again
		serial = coupon.RandomSerial()
		if cp, err = o.cfg.Store.Claim(ctx, req.Campaign, req.Store+"/"+req.Device, serial); !errors.Is(err, store.ErrSerialTaken) {
			break
		}
	}
	if err != nil {
		o.refuse(msg, "claim", err)
		return
	}
	cp.Code = o.cfg.Codec.Code(serial)
	o.answer(msg, content.ChainCouponReply{Coupon: &cp})
}

// redeem redeems a chain coupon at a store's till: of any number of tries
// at one code, at any stores, exactly one redeems it.
func (o *Office) redeem(msg *nats.Msg) {
	var req content.ChainRedeem
	if err := json.Unmarshal(msg.Data, &req); err != nil || validID(req.Store) != nil {
		o.answer(msg, content.ChainCouponReply{Refused: "invalid"})
		return
	}
	serial, code, err := o.cfg.Codec.Parse(req.Code)
	if err != nil {
		o.answer(msg, content.ChainCouponReply{Refused: "invalid"})
		return
	}
	cashier := req.Store + "/" + req.Cashier
	ctx, cancel := context.WithTimeout(store.ForStore(store.WithActor(context.Background(), cashier), req.Store), answerWithin)
	defer cancel()
	cp, redeemed, err := o.cfg.Store.Redeem(ctx, serial, cashier)
	if err != nil {
		o.refuse(msg, "redeem", err)
		return
	}
	cp.Code = code
	o.answer(msg, content.ChainCouponReply{Coupon: &cp, Redeemed: redeemed})
}

// coupon answers a chain coupon as it stands, for a phone at a store.
func (o *Office) coupon(msg *nats.Msg) {
	var req content.ChainCouponQuery
	if err := json.Unmarshal(msg.Data, &req); err != nil {
		o.answer(msg, content.ChainCouponReply{Refused: "invalid"})
		return
	}
	serial, code, err := o.cfg.Codec.Parse(req.Code)
	if err != nil {
		o.answer(msg, content.ChainCouponReply{Refused: "invalid"})
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), answerWithin)
	defer cancel()
	cp, err := o.cfg.Store.Coupon(ctx, serial)
	if err != nil {
		o.refuse(msg, "coupon", err)
		return
	}
	cp.Code = code
	o.answer(msg, content.ChainCouponReply{Coupon: &cp})
}

// refuse answers a refusal the store can word; any other failure gets no
// answer, which the store reports as head office unreachable: it is, for
// this request.
func (o *Office) refuse(msg *nats.Msg, what string, err error) {
	if r := refusalOf(err); r != "" {
		o.answer(msg, content.ChainCouponReply{Refused: r})
		return
	}
	o.cfg.Log.Error("chain: coupon "+what, slog.Any("err", err))
}

func (o *Office) answer(msg *nats.Msg, r content.ChainCouponReply) {
	body, err := json.Marshal(r)
	if err != nil {
		return
	}
	_ = msg.Respond(body)
}
