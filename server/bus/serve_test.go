package bus

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A server whose port is taken fails at once and says why, rather than
// waiting out readyWithin and saying only that it was not ready.
func TestStartNodeSaysWhyItFailed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	path := filepath.Join(t.TempDir(), "hq.conf")
	conf := "server_name: hq-1\nlisten: " + ln.Addr().String() + "\n"
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	opts, err := LoadNode(path)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	n, err := StartNode(opts, nil)
	if err == nil {
		n.Shutdown()
		t.Fatal("a server on a taken port started")
	}
	if !strings.Contains(err.Error(), ln.Addr().String()) {
		t.Errorf("error %q does not name the taken address %s", err, ln.Addr())
	}
	if took := time.Since(start); took >= readyWithin {
		t.Errorf("took %v to fail: the whole wait", took)
	}
}
