package hub

import (
	"encoding/binary"
	"sync"
	"syscall"
	"time"

	"storecast/app/content"
)

// The hub writes WebSocket frames itself instead of through gorilla's
// writer: a frame is encoded once and shared by every connection, all the
// frames a connection has due go out in one write, and the fan-out can try
// that write without blocking (see flush). Server frames are simple: never
// masked, never fragmented, never compressed (the Upgrader does not offer
// permessage-deflate). gorilla still reads, answers nothing on its own
// (the ping and close handlers hand their replies to the writer role), and
// writes only when the screen breaks the protocol (a 1009 or 1002 close
// from the reader): should that ever land in the middle of a frame the
// socket had no room for, that screen gets a broken stream instead of a
// clean close, and reconnects either way.

// WebSocket opcodes (RFC 6455 §5.2).
const (
	opText  = 0x1
	opClose = 0x8
	opPing  = 0x9
	opPong  = 0xA
)

// appendFrame appends one final, unmasked frame holding payload.
func appendFrame(b []byte, op byte, payload []byte) []byte {
	b = append(b, 0x80|op)
	switch n := len(payload); {
	case n < 126:
		b = append(b, byte(n))
	case n <= 0xFFFF:
		b = append(b, 126)
		b = binary.BigEndian.AppendUint16(b, uint16(n))
	default:
		b = append(b, 127)
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	return append(b, payload...)
}

// pingFrames is a control ping, for the TCP path, and the {"type":"ping"}
// data frame, because browsers never show pages the control one.
var pingFrames = appendFrame(appendFrame(nil, opPing, nil), opText, []byte(`{"type":"`+content.TypePing+`"}`))

// maxPooledBuf bounds the write buffers kept for reuse: a burst of big
// frames must not pin its memory.
const maxPooledBuf = 64 << 10

var bufPool = sync.Pool{New: func() any { return new([]byte) }}

func getBuf() *[]byte { return bufPool.Get().(*[]byte) }

func putBuf(p *[]byte) {
	if p != nil && cap(*p) <= maxPooledBuf {
		*p = (*p)[:0]
		bufPool.Put(p)
	}
}

// writeNow writes as much of b as the socket takes at once and returns how
// much that was; it never waits. Whatever it could not write, including
// because of an error, is left to writeBlocking, which reports the error.
func (c *conn) writeNow(b []byte) int {
	if c.raw == nil { // not a socket (a wrapped net.Conn): always wait
		return 0
	}
	n := 0
	_ = c.raw.Write(func(fd uintptr) bool {
		for n < len(b) {
			m, err := syscall.Write(int(fd), b[n:])
			if err == syscall.EINTR {
				continue
			}
			if err != nil || m <= 0 { // EAGAIN: the socket buffer is full
				break
			}
			n += m
		}
		return true // done: never wait for the socket here
	})
	return n
}

// writeBlocking writes all of b, waiting up to the write timeout, or up to
// the close grace once the connection is closing (closeLocked set it).
// The deadline is cleared afterwards: writeNow fails on a passed one.
func (c *conn) writeBlocking(b []byte) error {
	nc := c.ws.NetConn()
	c.mu.Lock()
	if !c.closed {
		nc.SetWriteDeadline(time.Now().Add(c.hub.cfg.WriteTimeout))
	}
	c.mu.Unlock()
	_, err := nc.Write(b)
	c.mu.Lock()
	if !c.closed {
		nc.SetWriteDeadline(time.Time{})
	}
	c.mu.Unlock()
	return err
}
