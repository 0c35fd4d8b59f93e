package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
	"storecast/e2e/harness"
)

// chainWithin bounds each wait of a chain's test. Most take a second or
// two; a stream source whose link came back, or whose leader died, can
// wait for nats-server's next check of its sources (every 10 s) or for
// head office to restart it on the store's next heartbeat (every 30 s),
// on a two-core machine busy with other tests.
const chainWithin = 3 * time.Minute

// chainStore is a `storecast serve --hq …` process and a Go screen
// following its feed.
type chainStore struct {
	name   string
	srv    *harness.Server
	id     string // its store id, head office's key for its reports
	screen *screenClient
}

// openChainStore starts a store of the chain whose leaf node dials
// leafURLs, and a screen that follows its feed from its first snapshot.
func openChainStore(t *testing.T, name, region string, seed uint64, leafURLs ...string) *chainStore {
	t.Helper()
	s := &chainStore{name: name}
	s.srv = kit.Server(t, harness.Options{Args: []string{"--hq", strings.Join(leafURLs, ","), "--store-name", name, "--region", region}})
	var info rest.ChainInfo
	if code := s.srv.API(t, http.MethodGet, "/api/v1/chain", nil, &info); code != http.StatusOK || info.Role != "member" {
		t.Fatalf("store %s: GET /api/v1/chain = %d %+v; want a member", name, code, info)
	}
	s.id = info.StoreID
	s.screen = startScreen(t, "store "+name, wsURL(s.srv.URL), seed)
	harness.CheckFor(t, eventually, 20*time.Millisecond, func() error {
		if e, _ := s.screen.position(); e == "" {
			return fmt.Errorf("store %s's screen has had no snapshot yet", name)
		}
		return nil
	})
	return s
}

// uplink is whether the store says its link to head office is up.
func (s *chainStore) uplink(t *testing.T) bool {
	t.Helper()
	var info rest.ChainInfo
	s.srv.API(t, http.MethodGet, "/api/v1/chain", nil, &info)
	return info.Uplink != nil && *info.Uplink
}

// sees waits until the store's screen has had at least want[title]
// promotion upserts of each title, as events (exactly: screensGotOnce).
func (s *chainStore) sees(t *testing.T, want map[string]int) {
	t.Helper()
	harness.CheckFor(t, chainWithin, 50*time.Millisecond, func() error {
		got := upsertCounts(s.screen)
		for title, n := range want {
			if got[title] < n {
				return fmt.Errorf("store %s's screen got %q %d times; want %d", s.name, title, got[title], n)
			}
		}
		return nil
	})
}

// gotOnce fails the test unless the store's screen got each change
// exactly once, as events on the connection it opened first: one
// snapshot, one connection, no broken promise of the feed.
func (s *chainStore) gotOnce(t *testing.T, want map[string]int) {
	t.Helper()
	got := upsertCounts(s.screen)
	for title, n := range want {
		if got[title] != n {
			t.Errorf("store %s's screen got %q %d times; want %d", s.name, title, got[title], n)
		}
	}
	c := s.screen
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snapshots != 1 || c.connects != 1 {
		t.Errorf("store %s's screen had %d snapshots over %d connections; want 1 over 1", s.name, c.snapshots, c.connects)
	}
}

func upsertCounts(c *screenClient) map[string]int {
	got := map[string]int{}
	for _, title := range c.upserts() {
		got[title]++
	}
	return got
}

// holds fails the test unless the store holds every promotion as head
// office last wrote it.
func (s *chainStore) holds(t *testing.T, ps map[string]content.Promotion) {
	t.Helper()
	have := map[string]content.Promotion{}
	for _, p := range serverPromotions(t, s.srv) {
		have[p.ID] = p
	}
	for id, p := range ps {
		if got, ok := have[id]; !ok || got.Price != p.Price {
			t.Errorf("store %s holds %q at %d (%v); want %d", s.name, p.Title["en"], got.Price, ok, p.Price)
		}
	}
}

// did records what a store does in a while, with its uplink up or not:
// plays its screen proves, a claim of a campaign of its own redeemed at
// its till, and a call for staff from a kiosk at address from (a kiosk's
// second call within two minutes is only "on the way"). It returns what
// head office should count for it.
func (s *chainStore) did(t *testing.T, tag string, plays int, ref, from string) rest.ChainCount {
	t.Helper()
	batch := rest.PlayBatch{Install: "sg-chain-" + s.name + "-screen"}
	for i := range plays {
		batch.Plays = append(batch.Plays, rest.Play{ID: fmt.Sprintf("%s-%d", tag, i), Kind: content.SlidePromotion, Ref: ref,
			StartedAt: time.Now().Add(-time.Minute), Ms: 5000})
	}
	var stored rest.PlaysStored
	if code := s.srv.APIAs(t, "", http.MethodPost, "/api/v1/plays", batch, &stored); code != http.StatusOK || stored.Stored != plays {
		t.Fatalf("store %s: plays = %d %+v; want %d stored", s.name, code, stored, plays)
	}
	var camp content.Campaign
	body := map[string]any{"title": map[string]string{"en": tag}, "quantity": 10, "per_device": 10,
		"window_minutes": 60, "coupon_minutes": 60, "status": "live"}
	if code := s.srv.API(t, http.MethodPost, "/api/v1/campaigns", body, &camp); code != http.StatusCreated {
		t.Fatalf("store %s: campaign = %d; want 201", s.name, code)
	}
	var claimed rest.Claimed
	claim := map[string]string{"campaign": camp.ID, "install": "k-chain-" + s.name + "-kiosk-1"}
	if code := s.srv.APIAs(t, "", http.MethodPost, "/api/v1/kiosk/claims", claim, &claimed); code != http.StatusCreated {
		t.Fatalf("store %s: claim = %d; want 201", s.name, code)
	}
	var red rest.Redemption
	if s.srv.API(t, http.MethodPost, "/api/v1/redemptions", rest.RedeemInput{Code: claimed.Coupon.Code}, &red); red.Outcome != rest.OutcomeRedeemed {
		t.Fatalf("store %s: redeeming %s = %q; want redeemed", s.name, claimed.Coupon.Code, red.Outcome)
	}
	if got := callStaffFrom(t, s.srv, from); got.Status != rest.StaffCalled {
		t.Fatalf("store %s: a call for staff from %s = %q; want %q", s.name, from, got.Status, rest.StaffCalled)
	}
	return rest.ChainCount{Plays: plays, Claims: 1, Redemptions: 1, StaffCalls: 1}
}

// callStaffFrom presses a kiosk's call button at s from the loopback
// address from (127.0.0.2, …): the server limits calls per address.
func callStaffFrom(t *testing.T, s *harness.Server, from string) rest.StaffCallAnswer {
	t.Helper()
	dialer := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DialContext: dialer.DialContext}}
	defer client.CloseIdleConnections()
	res, err := client.Post(s.URL+"/api/v1/kiosk/staff-calls", "application/json", bytes.NewReader([]byte(`{"place":"entrance"}`)))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out rest.StaffCallAnswer
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("a call for staff from %s = %d: %v", from, res.StatusCode, err)
	}
	return out
}

// chainReport is head office's report by store, summed over the days.
func chainReport(hq *harness.Server) (map[string]rest.ChainCount, error) {
	var rep rest.ChainReport
	if _, err := hq.Call(context.Background(), http.MethodGet, "/api/v1/chain/report?by=store", nil, &rep); err != nil {
		return nil, err
	}
	out := map[string]rest.ChainCount{}
	for _, r := range rep.Rows {
		c := out[r.Key]
		c.Plays += r.Plays
		c.Claims += r.Claims
		c.Redemptions += r.Redemptions
		c.StaffCalls += r.StaffCalls
		out[r.Key] = c
	}
	return out, nil
}

// counted waits until head office's report counts each store as want
// says, and fails the test if it counts more.
func counted(t *testing.T, hq *harness.Server, stores []*chainStore, want map[string]rest.ChainCount) {
	t.Helper()
	harness.CheckFor(t, chainWithin, 100*time.Millisecond, func() error {
		got, err := chainReport(hq)
		if err != nil {
			return err
		}
		for _, s := range stores {
			if g, w := got[s.id], want[s.id]; g != w {
				return fmt.Errorf("head office counts store %s %+v; want %+v", s.name, g, w)
			}
		}
		return nil
	})
}

// knowsStores waits until head office lists n stores, connected.
func knowsStores(t *testing.T, hq *harness.Server, n int) {
	t.Helper()
	harness.CheckFor(t, chainWithin, 100*time.Millisecond, func() error {
		var list rest.ChainStoreList
		if _, err := hq.Call(context.Background(), http.MethodGet, "/api/v1/chain/stores", nil, &list); err != nil {
			return err
		}
		connected := 0
		for _, s := range list.Stores {
			if s.Connected {
				connected++
			}
		}
		if connected != n {
			return fmt.Errorf("head office lists %d stores connected; want %d", connected, n)
		}
		return nil
	})
}
