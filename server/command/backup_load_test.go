package command

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"storecast/server/media"
	"storecast/server/store"
)

// TestBackupUnderLoadRestores backs up a running server while about 200
// writes a second go through its HTTP API (promotions created by an
// editor, coupons claimed by kiosks), restores the backup into a new
// directory, starts a server on it and checks that every write answered
// before the backup began is there, and that every coupon issued before
// it redeems: the coupon secret came back with the database.
func TestBackupUnderLoadRestores(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two servers and runs load for seconds")
	}
	plays, pictures, writes, rate := 60_000, 40, 400, 200
	if raceEnabled {
		plays, pictures, writes, rate = 5_000, 5, 100, 40
	}
	src := t.TempDir()
	seedBulk(t, src, plays, pictures)
	srv := startServer(t, src)
	campaign := mustCampaign(t, srv)

	load := startLoad(srv, campaign, rate)
	waitFor(t, time.Minute, 10*time.Millisecond, "writes before the backup", func() bool { return load.count() >= writes })
	file := filepath.Join(t.TempDir(), "store.tar.gz")
	var out, errOut bytes.Buffer
	began := time.Now()
	if err := Run(context.Background(), []string{"storecast", "backup", "--data", src, file}, env(), &out, &errOut); err != nil {
		t.Fatalf("backup: %v\n%s", err, errOut.String())
	}
	ended := time.Now()
	afterEnd := load.count()
	waitFor(t, time.Minute, 10*time.Millisecond, "writes after the backup", func() bool { return load.count() >= afterEnd+writes/4 })
	acks := load.stop()
	if len(load.failures) > 0 {
		t.Fatalf("%d writes failed under load; first: %v", len(load.failures), load.failures[0])
	}
	srv.Stop()

	fi, _ := os.Stat(file)
	var before, during []ack
	for _, a := range acks {
		switch {
		case a.at.Before(began):
			before = append(before, a)
		case a.at.Before(ended):
			during = append(during, a)
		}
	}
	t.Logf("backup: %v, %s archive; %d writes in %v (%.0f/s); %d acknowledged before it began, %d while it ran\n%s",
		ended.Sub(began).Round(time.Millisecond), byteSize(fi.Size()), len(acks), load.elapsed.Round(time.Millisecond),
		float64(len(acks))/load.elapsed.Seconds(), len(before), len(during), out.String())

	dst := filepath.Join(t.TempDir(), "restored")
	out.Reset()
	if err := Run(context.Background(), []string{"storecast", "restore", file, "--data", dst}, env(), &out, &errOut); err != nil {
		t.Fatalf("restore: %v\n%s", err, errOut.String())
	}
	t.Log(out.String())
	restored := startServer(t, dst)
	checkRestored(t, restored, before)
}

// seedBulk gives a store the bulk of one that has run for a while: plays
// proof-of-play records (the biggest table: three screens showing a slide
// every ten seconds make 780,000 a month) and pictures 256×256 pixels of
// noise, which do not compress, as photographs barely do.
func seedBulk(t *testing.T, dir string, plays, pictures int) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, dbFile))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	start := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	for i := 0; i < plays; i += 5000 {
		batch := make([]store.Play, 0, 5000)
		for j := i; j < min(i+5000, plays); j++ {
			batch = append(batch, store.Play{ID: fmt.Sprintf("play-%09d", j), Screen: fmt.Sprintf("screen-%d", j%3),
				Playlist: "weekdays", Slide: fmt.Sprintf("slide-%d", j%12), Kind: "image", StartedAt: start.Add(time.Duration(j) * 10 * time.Second), Ms: 10000})
		}
		if _, err := st.AddPlays(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := media.New(filepath.Join(dir, mediaDir))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range pictures {
		img := image.NewNRGBA(image.Rect(0, 0, 256, 256))
		for i := range img.Pix {
			img.Pix[i] = byte(rng.Uint32())
		}
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		if _, err := lib.Save(&b); err != nil {
			t.Fatal(err)
		}
	}
}

// checkRestored checks that every promotion in acks exists and every
// coupon in acks redeems once.
func checkRestored(t *testing.T, srv *testServer, acks []ack) {
	t.Helper()
	var list struct {
		Promotions []struct{ ID string } `json:"promotions"`
	}
	status, body := loadCall(http.DefaultClient, srv, srv.Token, "GET", "/api/v1/promotions", "")
	if status != http.StatusOK || json.Unmarshal(body, &list) != nil {
		t.Fatalf("list promotions = %d %s", status, body)
	}
	have := map[string]bool{}
	for _, p := range list.Promotions {
		have[p.ID] = true
	}
	var promotions, coupons int
	for _, a := range acks {
		if a.coupon == "" {
			promotions++
			if !have[a.id] {
				t.Errorf("promotion %s, acknowledged %v before the backup, is not in the restored store", a.id, a.at)
			}
			continue
		}
		coupons++
		status, body := loadCall(http.DefaultClient, srv, srv.Token, "POST", "/api/v1/redemptions", `{"code":"`+a.coupon+`"}`)
		var res struct{ Outcome string }
		if status != http.StatusOK || json.Unmarshal(body, &res) != nil || res.Outcome != "redeemed" {
			t.Errorf("redeem %s (issued before the backup) = %d %s; want redeemed", a.coupon, status, body)
		}
	}
	t.Logf("restored store: all %d promotions and %d coupons acknowledged before the backup are there; the coupons redeem", promotions, coupons)
}

func mustCampaign(t *testing.T, srv *testServer) string {
	t.Helper()
	status, body := loadCall(http.DefaultClient, srv, srv.Token, "POST", "/api/v1/campaigns",
		`{"title":{"en":"Backup day"},"offer":{"en":"10% off"},"quantity":100000,"per_device":1,"window_minutes":600,"coupon_minutes":600,"status":"live"}`)
	var c struct{ ID string }
	if status != http.StatusCreated || json.Unmarshal(body, &c) != nil {
		t.Fatalf("create campaign = %d %s", status, body)
	}
	return c.ID
}

// loadCall sends an API request with token, or with none when token is
// "" (a kiosk's claim).
func loadCall(c *http.Client, srv *testServer, token, method, path, body string) (int, []byte) {
	req, err := http.NewRequest(method, srv.URL+path, bytes.NewBufferString(body))
	if err != nil {
		return 0, []byte(err.Error())
	}
	if token != "" { // none for a kiosk's claim
		req.Header.Set("Authorization", "Bearer "+token)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, b
}

// ack is one write the server answered: a promotion's id, or a coupon's
// code, and when the answer arrived.
type ack struct {
	id, coupon string
	at         time.Time
}

// load sends writes at a fixed rate from many workers: even ones create a
// promotion, odd ones claim a coupon. Claims are throttled per address,
// so they come from many loopback addresses (127.0.0.2–65).
type load struct {
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	started time.Time
	elapsed time.Duration

	mu       sync.Mutex
	acks     []ack
	failures []error
}

func startLoad(srv *testServer, campaign string, perSecond int) *load {
	workers := perSecond / 3 // enough for answers that take a third of a second
	ctx, cancel := context.WithCancel(context.Background())
	l := &load{cancel: cancel, started: time.Now()}
	clients := make([]*http.Client, 64)
	for i := range clients {
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(2+i))}}
		clients[i] = &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 4}}
	}
	work := make(chan int)
	l.wg.Go(func() {
		defer close(work)
		tick := time.NewTicker(time.Second / time.Duration(perSecond))
		defer tick.Stop()
		for n := 0; ; n++ {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			select {
			case work <- n:
			case <-ctx.Done():
				return
			}
		}
	})
	for range workers {
		l.wg.Go(func() {
			for n := range work {
				l.write(clients[n%len(clients)], srv, campaign, n)
			}
		})
	}
	return l
}

func (l *load) write(c *http.Client, srv *testServer, campaign string, n int) {
	var a ack
	if n%2 == 0 {
		status, body := loadCall(c, srv, srv.Token, "POST", "/api/v1/promotions", fmt.Sprintf(`{"title":{"en":"Load %d"},"price":%d}`, n, 100+n))
		var p struct{ ID string }
		if status != http.StatusCreated || json.Unmarshal(body, &p) != nil {
			l.fail(fmt.Errorf("create promotion = %d %s", status, body))
			return
		}
		a.id = p.ID
	} else {
		status, body := loadCall(c, srv, "", "POST", "/api/v1/kiosk/claims", fmt.Sprintf(`{"campaign":%q,"install":"load-install-%08d"}`, campaign, n))
		var res struct{ Coupon struct{ Code string } }
		if status != http.StatusCreated || json.Unmarshal(body, &res) != nil || res.Coupon.Code == "" {
			l.fail(fmt.Errorf("claim = %d %s", status, body))
			return
		}
		a.coupon = res.Coupon.Code
	}
	a.at = time.Now()
	l.mu.Lock()
	l.acks = append(l.acks, a)
	l.mu.Unlock()
}

func (l *load) fail(err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.failures = append(l.failures, err)
}

func (l *load) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.acks)
}

// stop ends the load, waits for writes in flight and returns every ack.
func (l *load) stop() []ack {
	l.cancel()
	l.wg.Wait()
	l.elapsed = time.Since(l.started)
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.acks
}
