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

// hello records a store and starts sourcing its reports, then answers. A
// store says hello when it starts and when its link returns: a source of
// its reports silent for longer than the servers' check of their sources
// (every 10 s) is then one whose request for a consumer was lost with the
// link, and is revived first, as the stream's state says now.
func (o *Office) hello(msg *nats.Msg) {
	if !o.heard(msg.Data, staleOnHello, true) {
		return // no answer: the store asks again
	}
	body, _ := json.Marshal(content.HQWelcome{HQ: o.cfg.ID})
	_ = msg.Respond(body)
}

// staleOnHello is how long the source of a store's reports may be silent
// when the store says hello before head office restarts it.
const staleOnHello = 10 * time.Second

// heartbeat records that a store is alive, and takes a store head office
// does not know (a new head office database) as a hello.
func (o *Office) heartbeat(msg *nats.Msg) {
	o.mu.Lock()
	stale := o.staleSource
	o.mu.Unlock()
	o.heard(msg.Data, stale, false)
}

// heard records a store's hello or heartbeat. A store heard from has its
// link up, so a source of its reports silent for stale is stalled, not
// cut off: it is revived.
func (o *Office) heard(data []byte, stale time.Duration, fresh bool) bool {
	id, ok := o.seen(data)
	if !ok {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), answerWithin)
	defer cancel()
	restarts := o.restarts()
	if err := o.revive(ctx, id, stale, fresh); err != nil {
		o.cfg.Log.Warn("chain: reviving a store's reports", slog.String("store", id), slog.Any("err", err))
	} else if o.restarts() != restarts {
		o.checking.Add(1)
		go o.check(id)
	}
	return true
}

// seen records a store's hello or heartbeat and makes sure its reports
// are sourced. It returns the store's id and whether both worked.
func (o *Office) seen(data []byte) (string, bool) {
	var h content.StoreHello
	if err := json.Unmarshal(data, &h); err != nil || validID(h.ID) != nil {
		o.cfg.Log.Warn("chain: a hello that names no store", slog.Any("err", err))
		return h.ID, false
	}
	ctx, cancel := context.WithTimeout(context.Background(), answerWithin)
	defer cancel()
	err := o.cfg.Store.SeenStore(ctx, store.ChainStore{ID: h.ID, Name: h.Name, Region: h.Region, Version: h.Version,
		ScreensOnline: h.ScreensOnline, AppVersions: h.AppVersions})
	if err != nil {
		o.cfg.Log.Error("chain: recording a store", slog.String("store", h.ID), slog.Any("err", err))
		return h.ID, false
	}
	if err := o.source(ctx, h.ID); err != nil {
		o.cfg.Log.Error("chain: sourcing a store's reports", slog.String("store", h.ID), slog.Any("err", err))
		return h.ID, false
	}
	return h.ID, true
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

// staleSource is how long the source of a store's reports may be silent
// while the store is heard from before head office restarts it: past the
// servers' own check of their sources (every 10 s). After a long outage
// the servers retry on a back-off that grows to two minutes, and the
// reports of a store whose link is back would wait that long.
const staleSource = 20 * time.Second

// reviveEvery bounds how often head office reads CHAIN_UP's state for
// revive and restarts one store's source: a source restarted needs a
// moment to be heard from again.
const reviveEvery = 10 * time.Second

// revive restarts the source of store id's reports when it has been
// silent for stale, as CHAIN_UP's state read within reviveEvery says (or
// read now, when fresh). Removing a source and adding it again resumes it
// where it stopped: the stream's own messages say how far each source
// got, and message ids make a report that comes twice count once.
func (o *Office) revive(ctx context.Context, id string, stale time.Duration, fresh bool) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	now := time.Now()
	if now.Sub(o.revived[id]) < o.reviveEvery {
		return nil
	}
	if o.upInfo == nil || fresh || now.Sub(o.upInfoAt) > o.reviveEvery {
		info, err := o.up.Info(ctx)
		if err != nil {
			return err
		}
		o.upInfo, o.upInfoAt = info, now
	}
	i := slices.IndexFunc(o.upInfo.Sources, func(s *jetstream.StreamSourceInfo) bool {
		return s.External != nil && s.External.APIPrefix == apiPrefix(StoreDomain(id))
	})
	if i < 0 || o.upInfo.Sources[i].Active < stale {
		return nil // not sourced yet, never heard from (-1), or healthy
	}
	o.revived[id] = now
	o.revivals++
	o.upInfo = nil              // the restart changes it
	info, err := o.up.Info(ctx) // fresh: a source added since must stay
	if err != nil {
		return err
	}
	cfg := info.Config
	kept := slices.DeleteFunc(slices.Clone(cfg.Sources), func(s *jetstream.StreamSource) bool {
		got, ok := sourcedStore(s)
		return ok && got == id
	})
	all := cfg.Sources
	cfg.Sources = kept
	if _, err := o.cfg.JS.UpdateStream(ctx, cfg); err != nil {
		return err
	}
	cfg.Sources = all
	if _, err := o.cfg.JS.UpdateStream(ctx, cfg); err != nil {
		o.sourced[id] = false // the store's next heartbeat adds it again
		return err
	}
	o.cfg.Log.Info("chain: restarted a store's silent reports", slog.String("store", id))
	return nil
}

// Checks that a restarted source came back: a restart made the moment a
// store's link returns can be lost as the first one was, before the
// link carries JetStream's requests again, and the store may not be
// heard from again for a heartbeat (30 s).
const (
	checkEvery  = 3 * time.Second
	checkTimes  = 5
	aliveWithin = 2 * time.Second // a live source hears something this often
)

// check restarts store id's source again, every checkEvery and at most
// checkTimes, until it is heard from.
func (o *Office) check(id string) {
	defer o.checking.Done()
	for range checkTimes {
		select {
		case <-o.closed:
			return
		case <-time.After(checkEvery):
		}
		ctx, cancel := context.WithTimeout(context.Background(), answerWithin)
		o.mu.Lock()
		delete(o.revived, id) // a check is not throttled
		o.mu.Unlock()
		restarts := o.restarts()
		err := o.revive(ctx, id, aliveWithin, true)
		cancel()
		if err != nil {
			o.cfg.Log.Warn("chain: reviving a store's reports", slog.String("store", id), slog.Any("err", err))
		} else if o.restarts() == restarts {
			return // heard from: it is back
		}
	}
}

func (o *Office) restarts() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.revivals
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
