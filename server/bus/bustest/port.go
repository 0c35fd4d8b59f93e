package bustest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"sync"
)

// FreePort is a loopback port nothing listens on now, chosen below the
// kernel's ephemeral range, for a server that other servers must know
// before it starts (a cluster's routes name every server) or that comes
// back where it was. In the ephemeral range any outgoing connection or
// ":0" listener of a test running beside this one could take the port in
// between. No two calls in one test binary return the same port.
func FreePort() (int, error) {
	low := ephemeralLow()
	for range 1000 {
		p := 10000 + rand.IntN(low-10000)
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			continue
		}
		ln.Close()
		ports.mu.Lock()
		taken := ports.taken[p]
		ports.taken[p] = true
		ports.mu.Unlock()
		if !taken {
			return p, nil
		}
	}
	return 0, errors.New("bustest: no free port below the ephemeral range")
}

// ports are those FreePort chose (their servers may not listen yet).
var ports = struct {
	mu    sync.Mutex
	taken map[int]bool
}{taken: map[int]bool{}}

// ephemeralLow is the first port the kernel hands out for ":0" and
// outgoing connections (32768 when it cannot be read).
func ephemeralLow() int {
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err != nil {
		return 32768
	}
	var low, high int
	if _, err := fmt.Sscan(string(b), &low, &high); err != nil || low <= 11000 {
		return 32768
	}
	return low
}
