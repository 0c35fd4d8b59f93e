package hub

import (
	"bytes"
	"fmt"
	"net"
	"runtime"
	"testing"
	"time"
)

// TestIdleMemoryPerConnection reports the Go memory (heap in use plus
// stacks) an idle screen costs the server. The screens are raw TCP
// connections that did the handshake by hand, so they add only a net.Conn
// each. Kernel socket buffers are not counted.
func TestIdleMemoryPerConnection(t *testing.T) {
	if testing.Short() {
		t.Skip("opens 1000 connections")
	}
	const screens = 1000
	e := newEnv(t, Config{}, envOpts{quiet: true})
	addr := e.srv.Listener.Addr().String()
	before := goMemory()
	conns := make([]net.Conn, screens)
	for i := range conns {
		conns[i] = rawScreen(t, addr)
	}
	waitFor(t, 10*time.Second, func() bool { return e.hub.Connected() == screens })
	perConn := (goMemory() - before) / screens
	t.Logf("idle memory per connection: %d B (heap in use + stacks, %d connections)", perConn, screens)
	// The limit sits between what the hub's design keeps per connection
	// (one reader goroutine, no writer goroutine, no channel) and what a
	// writer goroutine per connection would add; docs/bench.md has both.
	if perConn > 14<<10 {
		t.Errorf("idle memory per connection = %d B; want under 14 KiB", perConn)
	}
	runtime.KeepAlive(conns)
}

func goMemory() int64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapInuse + ms.StackInuse)
}

// rawScreen upgrades by hand, sends a hello and reads up to its snapshot.
func rawScreen(t *testing.T, addr string) net.Conn {
	t.Helper()
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc.Close() })
	fmt.Fprintf(nc, "GET /ws HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", addr)
	nc.SetReadDeadline(time.Now().Add(5 * time.Second))
	readUntil(t, nc, "\r\n\r\n") // gorilla refuses frames sent before its 101
	hello := helloFrame(t, kiosk())
	// A masked text frame; an all-zero mask key leaves the payload as is.
	nc.Write(append([]byte{0x81, 0x80 | byte(len(hello)), 0, 0, 0, 0}, hello...))
	readUntil(t, nc, `"type":"snapshot"`)
	return nc
}

func readUntil(t *testing.T, nc net.Conn, want string) {
	t.Helper()
	var got []byte
	buf := make([]byte, 1)
	for !bytes.HasSuffix(got, []byte(want)) {
		if _, err := nc.Read(buf); err != nil {
			t.Fatalf("read: %v (got %q)", err, got)
		}
		got = append(got, buf[0])
	}
}
