package bus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

func TestLeafRemote(t *testing.T) {
	for _, tc := range []struct {
		urls    []string
		tls     bool
		wantErr bool
	}{
		{urls: []string{"nats-leaf://hq-1:7422", "nats://hq-2:7422"}},
		{urls: []string{"tls://hq-1:7422"}, tls: true},
		{urls: []string{"http://hq-1:7422"}, wantErr: true},
		{urls: []string{"hq-1:7422"}, wantErr: true},
		{urls: nil, wantErr: true},
	} {
		t.Run(fmt.Sprint(tc.urls), func(t *testing.T) {
			r, err := (&Leaf{URLs: tc.urls}).remote()
			if gotErr := err != nil; gotErr != tc.wantErr {
				t.Fatalf("remote() error = %v; want error %v", err, tc.wantErr)
			}
			if err == nil && (r.TLS != tc.tls || len(r.URLs) != len(tc.urls)) {
				t.Errorf("remote() = TLS %v, %d URLs; want TLS %v, %d", r.TLS, len(r.URLs), tc.tls, len(tc.urls))
			}
		})
	}
}

// A store's embedded server dials head office as a leaf node and listens
// on nothing; core NATS crosses the link, and the store's JetStream stays
// in its own domain.
func TestStoreIsALeafOfHeadOffice(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "hq.conf")
	body := fmt.Sprintf(`server_name: hq-1
listen: 127.0.0.1:-1
leafnodes { listen: 127.0.0.1:-1 }
jetstream { store_dir: %q, domain: hq }
`, filepath.Join(dir, "hq"))
	if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	opts, err := LoadNode(conf)
	if err != nil {
		t.Fatal(err)
	}
	hq, err := StartNode(opts, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer hq.Shutdown()
	ctx := context.Background()
	office, err := Dial(ctx, Client{URLs: []string{hq.ClientURL()}, Name: "hq"})
	if err != nil {
		t.Fatal(err)
	}
	defer office.Close()
	sub, err := office.Conn.SubscribeSync("chain.hello")
	if err != nil {
		t.Fatal(err)
	}
	local, err := office.Conn.SubscribeSync("sc.feed.store") // a store's own: must not cross
	if err != nil {
		t.Fatal(err)
	}
	acks, err := office.Conn.SubscribeSync("$JS.ACK.>")
	if err != nil {
		t.Fatal(err)
	}
	office.Conn.Flush()

	st, err := Start(ctx, Config{Dir: filepath.Join(dir, "store"), Name: "store-1", Domain: "store-1",
		Leaf: &Leaf{URLs: []string{hq.LeafURL()}, Reconnect: 50 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	deadline := time.Now().Add(10 * time.Second)
	for !st.LeafConnected() || hq.LeafNodes() != 1 {
		if time.Now().After(deadline) {
			t.Fatal("the leaf did not connect within 10 s")
		}
		time.Sleep(10 * time.Millisecond) // polling the link
	}
	// Interest crosses the link shortly after it is up: publish until heard.
	for {
		if err := st.Conn.Publish("chain.hello", []byte("store-1")); err != nil {
			t.Fatal(err)
		}
		if m, err := sub.NextMsg(50 * time.Millisecond); err == nil {
			if string(m.Data) != "store-1" {
				t.Fatalf("head office heard %q; want store-1", m.Data)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("head office heard nothing within 10 s")
		}
	}
	// The store's own subjects stay on its side; a message after them on
	// the same connection arrives after them, so once it is heard they
	// would have been too.
	st.Conn.Publish("sc.feed.store", []byte("screens"))
	st.Conn.Publish("$JS.ACK.HQ_IN.store.1.1.1.1.1", []byte("+ACK"))
	st.Conn.Publish("chain.hello", []byte("marker"))
	if _, err := sub.NextMsg(10 * time.Second); err != nil {
		t.Fatalf("head office did not hear the marker: %v", err)
	}
	for _, s := range []*nats.Subscription{local, acks} {
		if n, _, _ := s.Pending(); n != 0 {
			t.Errorf("head office heard %d messages on %s; want none to cross the leaf link", n, s.Subject)
		}
	}
	acct, err := st.JS.AccountInfo(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if acct.Domain != "store-1" {
		t.Errorf("the store's JetStream domain = %q; want store-1", acct.Domain)
	}
}
