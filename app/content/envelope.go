package content

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Message types on the live feed. See docs/protocol.md.
const (
	// Client → server.
	TypeHello = "hello" // first frame: who the screen is and where it stands

	// Server → client.
	TypeSnapshot = "snapshot" // the whole state of a stream at (epoch, seq)
	TypeEvent    = "event"    // one change, seq = previous seq + 1
	TypeResumed  = "resumed"  // replay finished: the screen is current at (epoch, seq)
	TypePing     = "ping"     // heartbeat: browsers cannot see WebSocket pings, so the server also sends this
	TypeWelcome  = "welcome"  // who the screen is (paired), or the code to pair it with
	TypeEnrolled = "enrolled" // pairing done: the screen's device token; reconnect with it
	TypeCommand  = "command"  // a staff command for this screen: reload, identify

	// Client → server, after the hello.
	TypeStatus = "status" // what the screen shows now and its mode, for the fleet view
)

// Event operations carried in an event's data.
const (
	OpPromotionUpsert = "promotion.upsert"
	OpPromotionDelete = "promotion.delete"
	OpOverrideSet     = "override.set"
	OpOverrideClear   = "override.clear"
	OpEventUpsert     = "event.upsert"    // a store event (tasting, class) added or changed
	OpEventDelete     = "event.delete"    // a store event removed
	OpCategoryUpsert  = "category.upsert" // a product/promotion category added or renamed
	OpCategoryDelete  = "category.delete"
)

// StreamStore is the stream every screen of the store follows.
const StreamStore = "store"

// MaxFrameBytes caps any frame a client sends.
const MaxFrameBytes = 64 << 10

// Envelope is every frame on the live feed, in both directions.
type Envelope struct {
	Type   string          `json:"type"`
	Stream string          `json:"stream,omitempty"`
	Epoch  string          `json:"epoch,omitempty"`
	Seq    uint64          `json:"seq,omitempty"`
	Data   json.RawMessage `json:"data,omitempty"`
}

// Hello is the data of the client's first frame. Epoch and Seq say what the
// screen last applied (empty epoch: nothing).
type Hello struct {
	Token string `json:"token,omitempty"`
	Kind  string `json:"kind"` // kiosk | signage
	App   string `json:"app,omitempty"`
	Epoch string `json:"epoch,omitempty"`
	Seq   uint64 `json:"seq,omitempty"`
	Pair  bool   `json:"pair,omitempty"` // ask for a pairing code even where screens may run unpaired
	// Enrol is a one-time enrolment link's token (from ?enrol=): the
	// server makes this screen the one the link describes and answers
	// with its device token, or says why not. Token is then ignored.
	Enrol string `json:"enrol,omitempty"`
}

// Screen kinds.
const (
	KindKiosk   = "kiosk"
	KindSignage = "signage"
)

// Snapshot is the full state of the store stream.
type Snapshot struct {
	Promotions []Promotion  `json:"promotions"`
	Overrides  []Override   `json:"overrides,omitempty"`
	Events     []StoreEvent `json:"events,omitempty"`     // store events that have not ended, soonest first
	Categories []Category   `json:"categories,omitempty"` // in display order
	Campaigns  []Campaign   `json:"campaigns,omitempty"`  // live coupon campaigns
	Signage    *Signage     `json:"signage,omitempty"`    // playlists and schedules
	Power      *Power       `json:"power,omitempty"`      // when screens are on
	// Catalogue is the last catalogue change this screen applied; a
	// snapshot from the server has none.
	Catalogue *CatalogueChange `json:"catalogue,omitempty"`
	Brand     *Brand           `json:"brand,omitempty"` // the store's name, logo and colours; nil: the product's
}

// Event is one change to the store stream.
type Event struct {
	Op        string           `json:"op"`
	Promotion *Promotion       `json:"promotion,omitempty"`
	Override  *Override        `json:"override,omitempty"`
	Event     *StoreEvent      `json:"event,omitempty"`
	Category  *Category        `json:"category,omitempty"`
	Campaign  *Campaign        `json:"campaign,omitempty"`
	Playlist  *Playlist        `json:"playlist,omitempty"`
	Schedule  *Schedule        `json:"schedule,omitempty"`
	Store     *StoreInfo       `json:"store,omitempty"`
	Power     *Power           `json:"power,omitempty"`
	Catalogue *CatalogueChange `json:"catalogue,omitempty"`
	Brand     *Brand           `json:"brand,omitempty"`
	Prices    []ChainPrice     `json:"prices,omitempty"`
	ID        string           `json:"id,omitempty"`
}

// ErrBadEnvelope is returned for frames that do not parse.
var ErrBadEnvelope = errors.New("content: bad envelope")

// DecodeEnvelope parses a frame strictly: valid JSON object with a known type.
func DecodeEnvelope(b []byte) (Envelope, error) {
	var e Envelope
	if len(b) > MaxFrameBytes {
		return e, fmt.Errorf("%w: %d bytes is over the %d byte limit", ErrBadEnvelope, len(b), MaxFrameBytes)
	}
	if err := json.Unmarshal(b, &e); err != nil {
		return Envelope{}, fmt.Errorf("%w: %v", ErrBadEnvelope, err)
	}
	switch e.Type {
	case TypeHello, TypeSnapshot, TypeEvent, TypeResumed, TypePing,
		TypeWelcome, TypeEnrolled, TypeCommand, TypeStatus:
	default:
		return Envelope{}, fmt.Errorf("%w: unknown type %q", ErrBadEnvelope, e.Type)
	}
	return e, nil
}

// DecodeHello parses and checks a client's hello frame.
func DecodeHello(b []byte) (Hello, error) {
	e, err := DecodeEnvelope(b)
	if err != nil {
		return Hello{}, err
	}
	if e.Type != TypeHello {
		return Hello{}, fmt.Errorf("%w: first frame must be %q, got %q", ErrBadEnvelope, TypeHello, e.Type)
	}
	var h Hello
	if len(e.Data) == 0 {
		return Hello{}, fmt.Errorf("%w: hello without data", ErrBadEnvelope)
	}
	if err := json.Unmarshal(e.Data, &h); err != nil {
		return Hello{}, fmt.Errorf("%w: hello: %v", ErrBadEnvelope, err)
	}
	switch h.Kind {
	case KindKiosk, KindSignage:
	default:
		return Hello{}, fmt.Errorf("%w: hello: unknown screen kind %q", ErrBadEnvelope, h.Kind)
	}
	if len(h.Epoch) > 64 || len(h.App) > 128 || len(h.Token) > 256 || len(h.Enrol) > 256 {
		return Hello{}, fmt.Errorf("%w: hello: field too long", ErrBadEnvelope)
	}
	return h, nil
}

// Close codes the server uses; each tells the screen what to do next.
const (
	// CloseResume: reconnect now and resume from the last applied seq
	// (sent to a screen that fell behind, or when the server asks).
	CloseResume = 4000
	// CloseBackOff: the server is shutting down or overloaded; reconnect
	// with backoff and resume.
	CloseBackOff = 4001
	// CloseReEnrol: the device token is unknown or revoked; pair again.
	CloseReEnrol = 4002
	// CloseBadFrame: the screen broke the protocol; reconnect with backoff.
	CloseBadFrame = 4003
)
