package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"sync"
	"time"

	"storecast/app/content"
)

// Subjects of core NATS requests and messages between the stores and head
// office.
const (
	helloSubject     = "chain.hello"        // a store announces itself; head office answers
	heartbeatSubject = "chain.heartbeat."   // + store id: a store is alive, every Heartbeat
	claimSubject     = "chain.coupon.claim" // a chain coupon for a shopper at a store
	redeemSubject    = "chain.coupon.redeem"
	couponSubject    = "chain.coupon.get"
)

// idRE is what a store id may be: it names a JetStream domain and a
// subject token.
var idRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

func validID(id string) error {
	if !idRE.MatchString(id) {
		return fmt.Errorf("store id %q: want 1 to 64 letters, digits, - or _", id)
	}
	return nil
}

// helloRetry is how soon a store asks again when head office did not
// answer its hello.
const helloRetry = 5 * time.Second

// announce says hello until head office answers, then sends a heartbeat
// every Heartbeat, and says hello again whenever the link returns
// (watchLink). It runs until stop is called; stop waits for it.
func (m *Member) announce(ctx context.Context) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { m.watchLink(ctx) })
	wg.Go(func() {
		for ctx.Err() == nil && m.hello(ctx) != nil {
			sleep(ctx, helloRetry)
		}
		every(ctx, m.cfg.Heartbeat, m.heartbeat)
	})
	return func() { cancel(); wg.Wait() }
}

func (m *Member) describe() content.StoreHello {
	h := content.StoreHello{ID: m.cfg.ID, Name: m.cfg.Name, Region: m.cfg.Region, Version: m.cfg.Version}
	if m.cfg.Screens != nil {
		h.ScreensOnline, h.AppVersions = m.cfg.Screens()
	}
	return h
}

// hello announces the store and waits for head office's answer.
func (m *Member) hello(ctx context.Context) error {
	body, err := json.Marshal(m.describe())
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, m.cfg.Wait)
	defer cancel()
	reply, err := m.cfg.Conn.RequestWithContext(ctx, helloSubject, body)
	if err != nil {
		return err
	}
	var w content.HQWelcome
	if err := json.Unmarshal(reply.Data, &w); err != nil || w.HQ == "" {
		return errors.New("chain: head office's answer to hello is not a welcome")
	}
	m.mu.Lock()
	m.hq = w.HQ
	m.mu.Unlock()
	m.cfg.Log.Info("chain: head office answered", slog.String("hq", w.HQ))
	return nil
}

// heartbeat tells head office the store is alive. While the uplink is
// down it goes nowhere, which is what it should say.
func (m *Member) heartbeat() {
	body, err := json.Marshal(m.describe())
	if err != nil {
		return
	}
	_ = m.cfg.Conn.Publish(heartbeatSubject+m.cfg.ID, body)
}

// HQ is head office's id once it answered a hello ("" until then).
func (m *Member) HQ() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.hq
}
