package live

import (
	"context"
	"fmt"
)

// Transport opens connections to the live feed.
type Transport interface {
	Dial(ctx context.Context) (Conn, error)
}

// Conn is one open connection. Frames delivers every frame received, then
// one Frame with a non-nil Err (a *CloseError when the peer closed), then is
// never written again.
type Conn interface {
	Send(b []byte) error
	Frames() <-chan Frame
	Close(code int, reason string)
}

// Frame is one received message or the end of the connection.
type Frame struct {
	Data []byte
	Err  error
}

// CloseError is how a connection ended: the WebSocket close code and reason.
type CloseError struct {
	Code   int
	Reason string
}

func (e *CloseError) Error() string { return fmt.Sprintf("live: closed %d %s", e.Code, e.Reason) }
