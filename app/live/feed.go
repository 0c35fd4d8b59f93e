package live

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"storecast/app/content"
)

// Status is what the screen can say about its feed.
type Status int

const (
	StatusConnecting Status = iota // dialling or waiting for the snapshot/replay
	StatusLive                     // current with the server
	StatusOffline                  // disconnected, waiting to retry
)

func (s Status) String() string {
	return [...]string{"connecting", "live", "offline"}[s]
}

// Update is one thing to apply, in order: either a whole snapshot or one
// event. Epoch and Seq say where the screen stands once it is applied, so
// the caller can persist them with its state.
type Update struct {
	Snapshot *content.Snapshot
	Event    *content.Event
	Epoch    string
	Seq      uint64
}

// Config sets up a Feed. Apply and Status are called from Run's goroutine.
type Config struct {
	Transport Transport
	Clock     Clock
	Hello     content.Hello // kind, app version, token or enrolment link; Epoch/Seq are set by the feed
	Epoch     string        // where the screen stood when it started (persisted)
	Seq       uint64
	Apply     func(Update)
	Status    func(Status)
	// Control receives what is about the screen, not the stream: welcome
	// (who it is, or its pairing code), enrolled (its new device token,
	// already in use for the next hello) and staff commands.
	Control func(content.Envelope)
	// Unpaired runs when the server refuses the device token (revoked):
	// the feed forgets it and comes back to be paired again.
	Unpaired func()
	Rand     func() float64 // backoff jitter; nil: math/rand
}

// Feed follows one stream. Run it once.
type Feed struct {
	cfg     Config
	clock   Clock
	epoch   string
	seq     uint64
	backoff Backoff
	status  Status
	reports chan []byte // status frames to send, latest wins
	report  []byte      // the latest, resent on every new connection
}

// NewFeed returns a feed that resumes from cfg.Epoch/cfg.Seq.
func NewFeed(cfg Config) *Feed {
	f := &Feed{cfg: cfg, clock: cfg.Clock, epoch: cfg.Epoch, seq: cfg.Seq, status: -1, reports: make(chan []byte, 1)}
	if f.clock == nil {
		f.clock = RealClock
	}
	f.backoff.rand = cfg.Rand
	return f
}

// Report tells the server what the screen shows now (for the fleet view).
// It never blocks; only the latest report is kept.
func (f *Feed) Report(st content.Status) {
	b, err := json.Marshal(content.NewEnvelope(content.TypeStatus, st))
	if err != nil {
		return
	}
	for {
		select {
		case f.reports <- b:
			return
		default:
			select {
			case <-f.reports: // drop the older one
			default:
			}
		}
	}
}

// Position returns the epoch and seq of the last applied update.
func (f *Feed) Position() (string, uint64) { return f.epoch, f.seq }

// Reasons a connection ends that the feed itself decides.
var (
	errResync = errors.New("live: lost track of the stream: resync from a snapshot")
	errSilent = errors.New("live: connection silent too long")
	errBad    = errors.New("live: bad frame from server")
	// errEnrolled ends a pairing connection: the screen comes back with
	// its new token.
	errEnrolled = errors.New("live: paired")
	// errOtherGreeting: the page greeted early with another hello than
	// the feed's (it never should); the feed starts over on a new socket.
	errOtherGreeting = errors.New("live: the early hello is not the feed's")
)

// Run connects, follows the stream and reconnects until ctx is done.
func (f *Feed) Run(ctx context.Context) error {
	for {
		f.setStatus(StatusConnecting)
		conn, err := f.cfg.Transport.Dial(ctx)
		if err == nil {
			started := f.clock.Now()
			err = f.serve(ctx, conn)
			if f.clock.Now().Sub(started) >= StableAfter {
				f.backoff.Reset()
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		f.setStatus(StatusOffline)
		var ce *CloseError
		if errors.As(err, &ce) && ce.Code == content.CloseReEnrol && f.cfg.Hello.Token != "" {
			f.cfg.Hello.Token = ""
			if f.cfg.Unpaired != nil {
				f.cfg.Unpaired()
			}
			continue // straight back, to get a pairing code
		}
		if errors.Is(err, errEnrolled) {
			continue // just paired: reconnect with the token at once
		}
		if errors.Is(err, errResync) || errors.Is(err, errOtherGreeting) {
			// Nothing is wrong with the network: ask again at once.
			continue
		}
		// After a stable connection the backoff starts over, so a screen the
		// server drops (4000, too slow for a burst) is back within 0.5 s;
		// one that keeps failing backs off.
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-f.clock.After(f.backoff.Next()):
		}
	}
}

func (f *Feed) serve(ctx context.Context, conn Conn) error {
	hello := f.hello()
	if g, ok := conn.(greeted); ok && g.Greeted() != nil {
		// The server answers the first hello only: one that is not this
		// feed's would follow the wrong position or screen.
		if !bytes.Equal(g.Greeted(), hello) {
			conn.Close(1000, "")
			return errOtherGreeting
		}
	} else if err := conn.Send(hello); err != nil {
		conn.Close(1000, "")
		return fmt.Errorf("live: send hello: %w", err)
	}
	if f.report != nil {
		_ = conn.Send(f.report)
	}
	frames := conn.Frames()
	for {
		select {
		case b := <-f.reports:
			f.report = b
			_ = conn.Send(b)
		case <-ctx.Done():
			conn.Close(1001, "going away")
			return ctx.Err()
		case <-f.clock.After(SilenceLimit):
			conn.Close(content.CloseResume, "silent")
			return errSilent
		case fr := <-frames:
			if fr.Err != nil {
				return fr.Err
			}
			if err := f.handle(fr.Data); err != nil {
				if errors.Is(err, errBad) {
					f.epoch, f.seq = "", 0 // start again from a snapshot
				}
				conn.Close(1000, "resync")
				return err
			}
		}
	}
}

func (f *Feed) hello() []byte { return encodeHello(f.cfg.Hello, f.epoch, f.seq) }

func encodeHello(h content.Hello, epoch string, seq uint64) []byte {
	h.Epoch, h.Seq = epoch, seq
	data, _ := json.Marshal(h)
	b, _ := json.Marshal(content.Envelope{Type: content.TypeHello, Data: data})
	return b
}

// greeted is a connection on which the page already said hello (Greet),
// before the feed ran; Greeted is what it said.
type greeted interface{ Greeted() []byte }

// handle applies one frame; an error ends the connection.
func (f *Feed) handle(b []byte) error {
	env, err := content.DecodeEnvelope(b)
	if err != nil {
		return fmt.Errorf("%w: %v", errBad, err)
	}
	switch env.Type {
	case content.TypePing:
		return nil
	case content.TypeSnapshot:
		var s content.Snapshot
		if err := json.Unmarshal(env.Data, &s); err != nil {
			return fmt.Errorf("%w: snapshot: %v", errBad, err)
		}
		f.epoch, f.seq = env.Epoch, env.Seq
		f.cfg.Apply(Update{Snapshot: &s, Epoch: f.epoch, Seq: f.seq})
		f.setStatus(StatusLive)
	case content.TypeResumed:
		if env.Epoch != f.epoch || env.Seq != f.seq {
			f.epoch, f.seq = "", 0
			return errResync
		}
		f.setStatus(StatusLive)
	case content.TypeEvent:
		return f.event(env)
	case content.TypeEnrolled:
		var e content.Enrolled
		if err := json.Unmarshal(env.Data, &e); err != nil || e.Token == "" {
			return fmt.Errorf("%w: enrolled without a token", errBad)
		}
		// An enrolment link is used up once answered: reconnects never
		// send it again.
		f.cfg.Hello.Token, f.cfg.Hello.Enrol = e.Token, ""
		f.control(env)
		return errEnrolled
	case content.TypeWelcome:
		f.cfg.Hello.Enrol = ""
		f.control(env)
	case content.TypeCommand:
		f.control(env)
	default:
		return fmt.Errorf("%w: unexpected %q", errBad, env.Type)
	}
	return nil
}

func (f *Feed) event(env content.Envelope) error {
	if env.Epoch != f.epoch || env.Seq > f.seq+1 {
		// Another epoch or a gap: our state can no longer be trusted.
		f.epoch, f.seq = "", 0
		return errResync
	}
	if env.Seq <= f.seq {
		return nil // already applied
	}
	var e content.Event
	if err := json.Unmarshal(env.Data, &e); err != nil {
		return fmt.Errorf("%w: event: %v", errBad, err)
	}
	f.seq = env.Seq
	f.cfg.Apply(Update{Event: &e, Epoch: f.epoch, Seq: f.seq})
	return nil
}

func (f *Feed) control(env content.Envelope) {
	if f.cfg.Control != nil {
		f.cfg.Control(env)
	}
}

func (f *Feed) setStatus(s Status) {
	if s == f.status {
		return
	}
	f.status = s
	if f.cfg.Status != nil {
		f.cfg.Status(s)
	}
}
