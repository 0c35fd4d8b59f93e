package main

import (
	"encoding/binary"
	"fmt"
	"syscall"
	"time"

	"github.com/gorilla/websocket"
)

// Once a fleet is connected, the generator stops reading through gorilla:
// a goroutine per screen, woken by Go's netpoller for each frame and then
// reading until the socket says "empty", cost it much more CPU a delivery
// (docs/bench.md) on the two cores it shares with the server, which
// inflated the very latencies it measures. Instead each screen's socket
// joins one of a few epoll sets and is read with one syscall per wake-up;
// the frames (the server's are never masked or fragmented) are parsed
// here. Every screen is still a real connection that did the real
// handshake.

// pollers is how many goroutines read the fleet, each with its own epoll
// set. They look for ready sockets every pollEvery, not on every frame's
// arrival: being woken per frame cost as much as reading it. Latencies are
// taken when a frame is read, so they can be up to pollEvery late, never
// early.
const (
	pollers   = 2
	pollEvery = time.Millisecond
)

// poll moves every screen's socket from gorilla to the pollers.
func (f *fleet) poll() error {
	f.eps = make([]int, pollers)
	for i := range f.eps {
		ep, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
		if err != nil {
			return fmt.Errorf("bench: fanout: epoll: %w", err)
		}
		f.eps[i] = ep
	}
	for i, sc := range f.screens {
		fd, err := detach(sc.ws)
		if err != nil {
			return fmt.Errorf("bench: fanout: screen %d: %w", i, err)
		}
		sc.fd = fd
		ev := syscall.EpollEvent{Events: syscall.EPOLLIN, Fd: int32(i)}
		if err := syscall.EpollCtl(f.eps[i%pollers], syscall.EPOLL_CTL_ADD, fd, &ev); err != nil {
			return fmt.Errorf("bench: fanout: epoll: %w", err)
		}
	}
	for _, ep := range f.eps {
		f.wg.Go(func() { f.pollLoop(ep) })
	}
	return nil
}

// detach returns a duplicate of ws's socket (non-blocking, like the
// original) and closes the original, so only the duplicate reads from now
// on. Nothing is left in gorilla's buffer: after the snapshot the server
// sent nothing before the first publish.
func detach(ws *websocket.Conn) (int, error) {
	sc, ok := ws.NetConn().(syscall.Conn)
	if !ok {
		return -1, fmt.Errorf("not a socket")
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return -1, err
	}
	var fd uintptr
	var errno syscall.Errno
	rc.Control(func(s uintptr) {
		fd, _, errno = syscall.Syscall(syscall.SYS_FCNTL, s, syscall.F_DUPFD_CLOEXEC, 0)
	})
	if errno != 0 {
		return -1, errno
	}
	ws.NetConn().Close()
	return int(fd), nil
}

// pollLoop reads the sockets of one epoll set until the fleet closes.
func (f *fleet) pollLoop(ep int) {
	events := make([]syscall.EpollEvent, 256)
	buf := make([]byte, 64<<10)
	for !f.stopping.Load() {
		n, err := syscall.EpollWait(ep, events, 0)
		if err != nil && err != syscall.EINTR {
			return
		}
		if n <= 0 {
			time.Sleep(pollEvery)
			continue
		}
		for _, ev := range events[:n] {
			sc := f.screens[ev.Fd]
			m, err := syscall.Read(sc.fd, buf)
			if err == syscall.EAGAIN || err == syscall.EINTR {
				continue
			}
			if err != nil || m == 0 { // the server closed it
				syscall.EpollCtl(ep, syscall.EPOLL_CTL_DEL, sc.fd, nil)
				continue
			}
			f.frames(sc, buf[:m], time.Now().UnixNano())
		}
	}
}

// frames handles the whole frames in data, after any partial one kept
// from the last read, and keeps a partial one at the end.
func (f *fleet) frames(sc *screen, data []byte, got int64) {
	if len(sc.partial) > 0 {
		data = append(sc.partial, data...)
	}
	for {
		op, payload, size := nextFrame(data)
		if size == 0 {
			break
		}
		switch op {
		case websocket.TextMessage:
			f.event(sc, payload, got)
		case websocket.PingMessage: // answered, or the server drops us
			pong := append([]byte{0x80 | websocket.PongMessage, 0x80 | byte(len(payload)), 0, 0, 0, 0}, payload...)
			syscall.Write(sc.fd, pong) // a zero mask key leaves the payload as is
		}
		data = data[size:]
	}
	sc.partial = append([]byte(nil), data...)
}

// nextFrame parses one unmasked frame at the start of b; size is 0 if b
// does not hold a whole one.
func nextFrame(b []byte) (op int, payload []byte, size int) {
	if len(b) < 2 {
		return 0, nil, 0
	}
	n, hdr := uint64(b[1]&0x7F), 2
	switch n {
	case 126:
		if len(b) < 4 {
			return 0, nil, 0
		}
		n, hdr = uint64(binary.BigEndian.Uint16(b[2:])), 4
	case 127:
		if len(b) < 10 {
			return 0, nil, 0
		}
		n, hdr = binary.BigEndian.Uint64(b[2:]), 10
	}
	if uint64(len(b)-hdr) < n {
		return 0, nil, 0
	}
	end := hdr + int(n)
	return int(b[0] & 0x0F), b[hdr:end], end
}

// event records a marked event: its latency, or a duplicate.
func (f *fleet) event(sc *screen, frame []byte, got int64) {
	sent, ok := number(frame, fanoutMarker)
	if !ok {
		return // a heartbeat, or an event the bench did not send
	}
	if seq, ok := number(frame, `"seq":`); ok {
		if uint64(seq) <= sc.lastSeq {
			sc.dupes++
			return
		}
		sc.lastSeq = uint64(seq)
	}
	sc.latency = append(sc.latency, float64(got-sent)/1e6)
	f.delivered.Add(1)
}
