//go:build linux

package api

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storecast/app/content"
)

// clientFrom is an HTTP client whose connections come from addr (any
// 127.0.0.0/8 address is this machine on Linux): one shopper's phone or
// kiosk, as the server's per-address accounting sees it.
func clientFrom(addr string, conns int) *http.Client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(addr)}}
	return &http.Client{Transport: &http.Transport{DialContext: d.DialContext, MaxConnsPerHost: conns, MaxIdleConnsPerHost: conns}}
}

// The outside tester's burst: 2,000 anonymous reads (the kiosk's product
// search, the claim page's QR code, the coupon page's status) from 200
// addresses at once. Staff reading promotions meanwhile, with the setup
// token and with a session, are answered: 200, never 503. How fast is
// logged, not asserted: timing budgets belong to make bench.
func TestStaffAnsweredDuringAnonymousBurst(t *testing.T) {
	e := newEnv(t)
	if _, err := e.store.SeedKioskDemo(context.Background()); err != nil {
		t.Fatal(err)
	}
	id := e.campaign(t, 100, 1)
	_, claimed := e.claim(t, id, install)
	var cp content.Coupon
	json.Unmarshal(claimed["coupon"], &cp)
	e.addUser(t, "ada", "admin")
	ada := e.signIn(t, "ada")
	anonymous := []string{"/api/v1/kiosk/products?q=milk", "/c/" + cp.Code + "/qr.png", "/api/v1/coupons/" + cp.Code}

	const addrs, each = 200, 10
	var mu sync.Mutex
	counts := map[int]int{}
	var wg sync.WaitGroup
	start := make(chan struct{})
	for a := range addrs {
		client := clientFrom(fmt.Sprintf("127.0.%d.%d", 1+a/250, 2+a%250), each)
		t.Cleanup(client.CloseIdleConnections)
		for i := range each {
			wg.Go(func() {
				<-start
				res, err := client.Get(e.srv.URL + anonymous[(a+i)%len(anonymous)])
				if err != nil {
					t.Errorf("address %d: %v", a, err)
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				mu.Lock()
				counts[res.StatusCode]++
				mu.Unlock()
			})
		}
	}
	var done atomic.Bool
	burst := make(chan struct{})
	go func() { wg.Wait(); done.Store(true); close(burst) }()

	staff := []struct {
		name string
		get  func() (int, error)
	}{
		{"setup token", func() (int, error) {
			req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/promotions", nil)
			req.Header.Set("Authorization", "Bearer "+token)
			return status(http.DefaultClient.Do(req))
		}},
		{"session", func() (int, error) {
			req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/promotions", nil)
			return status(ada.client.Do(req))
		}},
	}
	var lat []time.Duration
	during := 0
	close(start)
	for !done.Load() || len(lat) < 2 {
		s := staff[len(lat)%len(staff)]
		began := time.Now()
		code, err := s.get()
		took := time.Since(began)
		if err != nil || code != http.StatusOK {
			t.Errorf("staff GET /api/v1/promotions (%s) during the burst = %d, %v after %v; want 200", s.name, code, err, took)
		}
		if !done.Load() {
			during++
		}
		lat = append(lat, took)
	}
	<-burst
	slices.Sort(lat)
	t.Logf("%d anonymous requests from %d addresses: %v", addrs*each, addrs, counts)
	t.Logf("%d staff reads (%d during the burst): median %v, slowest %v", len(lat), during, lat[len(lat)/2], lat[len(lat)-1])
	if counts[http.StatusOK] == 0 {
		t.Errorf("no anonymous request was answered: %v", counts)
	}
}

func status(res *http.Response, err error) (int, error) {
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode, nil
}
