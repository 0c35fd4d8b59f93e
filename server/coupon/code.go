package coupon

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"strings"
)

// Crockford's base32 alphabet: no I, L, O or U.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// Layout: 6 characters of serial (30 bits) and 6 of MAC (30 bits), shown as
// SC-SSSS-SSMM-MMMM. 30 bits of MAC make a guessed code right about once in
// a billion tries; claims and redemptions are throttled far below that.
const (
	Prefix     = "SC"
	serialLen  = 6
	macLen     = 6
	codeLen    = serialLen + macLen
	serialBits = 5 * serialLen
	// MaxSerial is the largest serial a code can carry.
	MaxSerial = 1<<serialBits - 1
)

// ErrInvalid is returned for anything that is not a code this store issued.
var ErrInvalid = errors.New("coupon: not a valid code")

// Codec makes and checks codes with one secret: a store's codes (SC-),
// or a chain's, which head office mints (CH-, code_chain.go).
type Codec struct {
	key    []byte
	prefix string // Prefix or ChainPrefix
	label  string // what the MAC is of: codes of the two kinds never check out as each other
}

// NewCodec returns a store's codec keyed with secret (at least 32 bytes).
func NewCodec(secret []byte) (*Codec, error) {
	return newCodec(secret, Prefix, "storecast-coupon-v1")
}

func newCodec(secret []byte, prefix, label string) (*Codec, error) {
	if len(secret) < 32 {
		return nil, errors.New("coupon: secret shorter than 32 bytes")
	}
	return &Codec{key: append([]byte(nil), secret...), prefix: prefix, label: label}, nil
}

// RandomSerial returns a random serial, so codes do not reveal how many
// were issued or which came next.
func RandomSerial() uint32 {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("coupon: no randomness: " + err.Error())
	}
	return binary.BigEndian.Uint32(b[:]) & MaxSerial
}

// Code returns the display form of serial: SC-XXXX-XXXX-XXXX.
func (c *Codec) Code(serial uint32) string {
	raw := encode(uint64(serial), serialLen) + encode(c.mac(serial), macLen)
	return c.prefix + "-" + raw[0:4] + "-" + raw[4:8] + "-" + raw[8:12]
}

// Parse accepts a code as people type or scanners send it: any case, with or
// without dashes, spaces and the SC prefix, and with O for 0 and I or L for
// 1. It returns the serial and the canonical form, or ErrInvalid. The MAC is
// compared in constant time.
func (c *Codec) Parse(s string) (serial uint32, canonical string, err error) {
	raw, ok := normalize(s, c.prefix)
	if !ok {
		return 0, "", ErrInvalid
	}
	sv, ok1 := decode(raw[:serialLen])
	mv, ok2 := decode(raw[serialLen:])
	if !ok1 || !ok2 {
		return 0, "", ErrInvalid
	}
	serial = uint32(sv)
	var got, want [8]byte
	binary.BigEndian.PutUint64(got[:], mv)
	binary.BigEndian.PutUint64(want[:], c.mac(serial))
	if !hmac.Equal(got[:], want[:]) {
		return 0, "", ErrInvalid
	}
	return serial, c.Code(serial), nil
}

func (c *Codec) mac(serial uint32) uint64 {
	m := hmac.New(sha256.New, c.key)
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], serial)
	m.Write([]byte(c.label))
	m.Write(b[:])
	sum := m.Sum(nil)
	return binary.BigEndian.Uint64(sum[:8]) >> (64 - 5*macLen)
}

// normalize returns the 12 characters of a code typed with or without
// prefix, or false.
func normalize(s, prefix string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		switch r {
		case '-', ' ', '\t':
			continue
		case 'O':
			r = '0'
		case 'I', 'L':
			r = '1'
		}
		if r > 127 {
			return "", false
		}
		b.WriteRune(r)
	}
	raw := b.String()
	if len(raw) == codeLen+len(prefix) && strings.HasPrefix(raw, prefix) {
		raw = raw[len(prefix):]
	}
	return raw, len(raw) == codeLen
}

func encode(v uint64, n int) string {
	b := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		b[i] = alphabet[v&31]
		v >>= 5
	}
	return string(b)
}

func decode(s string) (uint64, bool) {
	var v uint64
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(alphabet, s[i])
		if d < 0 {
			return 0, false
		}
		v = v<<5 | uint64(d)
	}
	return v, true
}
