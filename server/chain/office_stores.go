package chain

import (
	"context"
	"encoding/json"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"storecast/app/content"
	"storecast/server/store"
)

// answerWithin bounds the work one request from a store may cause.
const answerWithin = 10 * time.Second

// hello records a store and starts sourcing its reports, then answers.
func (o *Office) hello(msg *nats.Msg) {
	if !o.seen(msg.Data) {
		return // no answer: the store asks again
	}
	body, _ := json.Marshal(content.HQWelcome{HQ: o.cfg.ID})
	_ = msg.Respond(body)
}

// heartbeat records that a store is alive, and takes a store head office
// does not know (a new head office database) as a hello.
func (o *Office) heartbeat(msg *nats.Msg) { o.seen(msg.Data) }

// seen records a store's hello or heartbeat and makes sure its reports
// are sourced. It reports whether both worked.
func (o *Office) seen(data []byte) bool {
	var h content.StoreHello
	if err := json.Unmarshal(data, &h); err != nil || validID(h.ID) != nil {
		o.cfg.Log.Warn("chain: a hello that names no store", slog.Any("err", err))
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), answerWithin)
	defer cancel()
	err := o.cfg.Store.SeenStore(ctx, store.ChainStore{ID: h.ID, Name: h.Name, Region: h.Region, Version: h.Version,
		ScreensOnline: h.ScreensOnline, AppVersions: h.AppVersions})
	if err != nil {
		o.cfg.Log.Error("chain: recording a store", slog.String("store", h.ID), slog.Any("err", err))
		return false
	}
	if err := o.source(ctx, h.ID); err != nil {
		o.cfg.Log.Error("chain: sourcing a store's reports", slog.String("store", h.ID), slog.Any("err", err))
		return false
	}
	return true
}

// source adds the store's UP stream to upStream's sources, once. The
// cluster then pulls the store's reports across its leaf link whenever
// the link is up, from where it stopped: what a store wrote while cut off
// arrives when it is back.
func (o *Office) source(ctx context.Context, id string) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.sourced[id] {
		return nil
	}
	info, err := o.up.Info(ctx)
	if err != nil {
		return err
	}
	cfg := info.Config
	if !slices.ContainsFunc(cfg.Sources, func(s *jetstream.StreamSource) bool { got, ok := sourcedStore(s); return ok && got == id }) {
		cfg.Sources = append(cfg.Sources, &jetstream.StreamSource{
			Name: storeUpStream, External: &jetstream.ExternalStream{APIPrefix: apiPrefix(StoreDomain(id))},
		})
		if _, err := o.cfg.JS.UpdateStream(ctx, cfg); err != nil {
			return err
		}
		o.cfg.Log.Info("chain: a store joined", slog.String("store", id))
	}
	o.sourced[id] = true
	return nil
}

// sourcedStore is the store id a source of upStream reads from.
func sourcedStore(s *jetstream.StreamSource) (string, bool) {
	if s == nil || s.External == nil || s.Name != storeUpStream {
		return "", false
	}
	domain, ok := strings.CutPrefix(s.External.APIPrefix, "$JS.")
	if !ok {
		return "", false
	}
	domain, ok = strings.CutSuffix(domain, ".API")
	if !ok {
		return "", false
	}
	return strings.CutPrefix(domain, "store-")
}
