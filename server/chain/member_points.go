package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/server/points"
	"storecast/server/store"
)

// Points is a chain store's way to the chain's ledger at head office, with
// the calls of the standalone ledger (points.Ledger), so tills, phones and
// the console work alike in both. Every call waits at most the member's
// Wait for head office. An earn head office does not answer waits in the
// store's queue (points.Queue) and is sent when it answers again; every
// other call fails with ErrHQUnreachable: a spend needs the balance, and
// a balance of head office's that a store guessed could be spent twice,
// in two stores.
type Points struct {
	m     *Member
	queue *points.Queue
	now   func() time.Time
}

// Points returns the store's way to the chain's ledger, and starts
// sending queued earns to head office every interval (0: 2 seconds) until
// the member is closed.
func (m *Member) Points(ctx context.Context, interval time.Duration) *Points {
	if interval <= 0 {
		interval = 2 * time.Second
	}
	p := &Points{m: m, queue: points.NewQueue(m.cfg.Store), now: time.Now}
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		every(ctx, interval, func() { p.SendQueued(ctx) })
	}()
	m.stop = append(m.stop, func() { cancel(); <-done })
	return p
}

// ask sends op to head office and decodes its answer into out.
func (p *Points) ask(ctx context.Context, op string, req content.ChainPointsAsk, out any) error {
	req.Store = p.m.cfg.ID
	if req.Actor == "" {
		req.Actor = store.ActorFrom(ctx)
	}
	var a content.ChainPointsAnswer
	if err := p.m.request(ctx, pointsSubject+op, req, &a); err != nil {
		return err
	}
	if err := refusedErr(a); err != nil {
		return err
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(a.Body, out); err != nil {
		return fmt.Errorf("chain: head office's points answer: %w", err)
	}
	return nil
}

func bodyOf(v any) json.RawMessage {
	b, _ := json.Marshal(v) // the API's own types: they marshal
	return b
}

func (p *Points) Join(ctx context.Context, in rest.PointsJoin) (rest.PointsMember, error) {
	var out rest.PointsMember
	return out, p.ask(ctx, opJoin, content.ChainPointsAsk{Body: bodyOf(in)}, &out)
}

func (p *Points) CardCode(ctx context.Context, card string) (rest.PointsCode, error) {
	var out rest.PointsCode
	return out, p.ask(ctx, opCard, content.ChainPointsAsk{Code: card}, &out)
}

func (p *Points) Member(ctx context.Context, code string) (rest.PointsMember, error) {
	var out rest.PointsMember
	return out, p.ask(ctx, opMember, content.ChainPointsAsk{Code: code}, &out)
}

func (p *Points) History(ctx context.Context, code string, before int64, limit int) (rest.PointsHistory, error) {
	var out rest.PointsHistory
	return out, p.ask(ctx, opEntries, content.ChainPointsAsk{Code: code, Before: before, Limit: limit}, &out)
}

func (p *Points) Export(ctx context.Context, code string) (rest.PointsExport, error) {
	var out rest.PointsExport
	return out, p.ask(ctx, opExport, content.ChainPointsAsk{Code: code}, &out)
}

func (p *Points) Delete(ctx context.Context, code string) error {
	return p.ask(ctx, opDelete, content.ChainPointsAsk{Code: code}, nil)
}

// Earn earns at head office or, when it does not answer, queues the earn
// and answers it Queued: the receipt is paid, and head office applies it
// once when it is back (the same receipt id from the same till is one
// earn, however often it arrives).
func (p *Points) Earn(ctx context.Context, issuer string, in rest.PointsEarnInput) (rest.PointsPosted, error) {
	if err := points.ValidateEarn(in); err != nil {
		return rest.PointsPosted{}, fmt.Errorf("chain: earn: %w", err)
	}
	scanned := p.now().UTC().Truncate(time.Millisecond)
	var out rest.PointsPosted
	err := p.ask(ctx, opEarn, content.ChainPointsAsk{Issuer: issuer, Body: bodyOf(in), Scanned: scanned}, &out)
	if !errors.Is(err, ErrHQUnreachable) {
		return out, err
	}
	if _, err := p.queue.Add(ctx, issuer, in, scanned); err != nil {
		return rest.PointsPosted{}, err
	}
	p.m.cfg.Log.Warn("chain: head office unreachable; an earn waits in the store's queue", slog.String("receipt_id", in.ReceiptID))
	return rest.PointsPosted{Queued: true, Entry: rest.PointsEntry{Kind: rest.PointsEarn, Issuer: issuer,
		Key: in.ReceiptID, AmountFen: in.AmountFen, At: scanned}}, nil
}

func (p *Points) Spend(ctx context.Context, issuer string, in rest.PointsSpendInput) (rest.PointsPosted, error) {
	var out rest.PointsPosted
	return out, p.ask(ctx, opSpend, content.ChainPointsAsk{Issuer: issuer, Body: bodyOf(in)}, &out)
}

func (p *Points) Reverse(ctx context.Context, issuer string, in rest.PointsReverseInput) (rest.PointsPosted, error) {
	var out rest.PointsPosted
	return out, p.ask(ctx, opReverse, content.ChainPointsAsk{Issuer: issuer, Body: bodyOf(in)}, &out)
}

func (p *Points) Rules(ctx context.Context) (rest.PointsRules, error) {
	var out rest.PointsRules
	return out, p.ask(ctx, opRules, content.ChainPointsAsk{}, &out)
}

// SetRules is refused: the chain's rules are head office's.
func (p *Points) SetRules(context.Context, rest.PointsRules) error { return points.ErrRulesAtHQ }

// Unreachable reports whether err is head office not answering.
func (p *Points) Unreachable(err error) bool { return errors.Is(err, ErrHQUnreachable) }

// SendQueued sends the queued earns to head office, oldest first, until
// it does not answer; an earn it refuses stays in the queue, marked with
// why, for staff. It returns how many head office now has.
func (p *Points) SendQueued(ctx context.Context) int {
	sent := 0
	for {
		batch, err := p.queue.Waiting(ctx, 100)
		if err != nil {
			p.m.cfg.Log.Error("chain: queued earns", slog.Any("err", err))
			return sent
		}
		if len(batch) == 0 {
			return sent
		}
		for _, it := range batch {
			err := p.ask(ctx, opEarn, content.ChainPointsAsk{Issuer: it.Issuer, Body: bodyOf(it.In), Scanned: it.Scanned}, nil)
			switch {
			case errors.Is(err, ErrHQUnreachable):
				return sent
			case err != nil:
				p.m.cfg.Log.Warn("chain: head office refused a queued earn", slog.String("receipt_id", it.In.ReceiptID), slog.Any("err", err))
				err = p.queue.Refused(ctx, it.Seq, err.Error())
			default:
				sent++
				err = p.queue.Sent(ctx, it.Seq)
			}
			if err != nil {
				p.m.cfg.Log.Error("chain: queued earns", slog.Any("err", err))
				return sent
			}
		}
	}
}

// Queued returns how many earns wait for head office and how many it
// refused.
func (p *Points) Queued(ctx context.Context) (waiting, refused int, err error) {
	return p.queue.Counts(ctx)
}
