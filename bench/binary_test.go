package main

import "testing"

func TestSymbolBytesSumsThePrefixAndAll(t *testing.T) {
	nm := []byte(`  4a1000       120 T github.com/nats-io/nats-server/v2/server.(*Server).Start
  4a2000        30 T main.main
  4a3000         8 D github.com/nats-io/nats%2ego.DefaultURL
  4a4000           U undefined
`)
	nats, all := symbolBytes(nm, "github.com/nats-io/")
	if nats != 128 || all != 158 {
		t.Errorf("symbolBytes = %d, %d; want 128, 158", nats, all)
	}
}
