// Package bustest runs head office's message server for tests: one
// server, as `storecast nats --config` runs it, on free loopback ports.
package bustest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"storecast/server/bus"
)

// HQNode starts head office's message server (server name hq-1, a leaf
// node listener, JetStream in domain "hq") from a config file, on free
// ports, and shuts it down when the test ends.
func HQNode(t testing.TB) *bus.Node {
	t.Helper()
	dir := t.TempDir()
	conf := fmt.Sprintf("server_name: hq-1\nlisten: 127.0.0.1:-1\nleafnodes { listen: 127.0.0.1:-1 }\njetstream { store_dir: %q, domain: hq }\n",
		filepath.Join(dir, "js"))
	path := filepath.Join(dir, "hq.conf")
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		t.Fatalf("bustest: %v", err)
	}
	opts, err := bus.LoadNode(path)
	if err != nil {
		t.Fatalf("bustest: %v", err)
	}
	n, err := bus.StartNode(opts, nil)
	if err != nil {
		t.Fatalf("bustest: %v", err)
	}
	t.Cleanup(n.Shutdown)
	return n
}
