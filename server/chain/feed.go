package chain

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// streamFeed publishes outbox rows to one JetStream stream, each under
// its message id: a server/outbox Feed for a stream of the chain.
type streamFeed struct {
	js      jetstream.JetStream
	stream  string
	subject func(data json.RawMessage) string
}

// PublishID publishes data with message id id and returns its sequence.
func (f *streamFeed) PublishID(ctx context.Context, _, id string, data json.RawMessage) (uint64, error) {
	ack, err := f.js.Publish(ctx, f.subject(data), data, jetstream.WithMsgID(id), jetstream.WithExpectStream(f.stream))
	if err != nil {
		return 0, fmt.Errorf("chain: publish to %s: %w", f.stream, err)
	}
	return ack.Sequence, nil
}

// lastIDWithin bounds LastID, read once when the relay starts.
const lastIDWithin = 10 * time.Second

// LastID is the message id of the stream's newest message, "" if none or
// if the stream cannot be read now. Reading "" only makes the relay offer
// rows again: JetStream drops ids it saw within its duplicate window, and
// the reader skips rows it has applied.
func (f *streamFeed) LastID(string) string {
	ctx, cancel := context.WithTimeout(context.Background(), lastIDWithin)
	defer cancel()
	s, err := f.js.Stream(ctx, f.stream)
	if err != nil {
		return ""
	}
	info, err := s.Info(ctx)
	if err != nil || info.State.Msgs == 0 {
		return ""
	}
	m, err := s.GetMsg(ctx, info.State.LastSeq)
	if err != nil {
		return ""
	}
	return m.Header.Get(jetstream.MsgIDHeader)
}

// token makes s safe as one subject token.
func token(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r <= ' ' || r == '.' || r == '*' || r == '>' || r > '~' {
			return '_'
		}
		return r
	}, s)
}

// parseMsgID splits a message id "<origin>:<row>" (server/outbox's).
func parseMsgID(id string) (origin string, row int64, ok bool) {
	i := strings.LastIndexByte(id, ':')
	if i <= 0 {
		return "", 0, false
	}
	row, err := strconv.ParseInt(id[i+1:], 10, 64)
	if err != nil || row <= 0 {
		return "", 0, false
	}
	return id[:i], row, true
}
