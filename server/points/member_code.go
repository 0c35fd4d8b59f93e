package points

import (
	"crypto/hmac"
	"encoding/base32"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"strings"
	"time"
)

// Member codes are what a member's phone shows as a QR code at the till.
// Like TOTP, a code is bound to a 30-second step and accepted in its step
// and the next only, so a screenshot is worthless after a minute at most.
// Unlike TOTP the till holds no per-member seed, so the code carries the
// member id, masked: a code is
//
//	tag = HMAC(tag key, id ‖ step)[:8]
//	code = tag ‖ (id XOR HMAC(mask key, tag ‖ step)[:16])
//
// (a deterministic authenticated encryption, as SIV), so two codes of one
// member in different steps share nothing an onlooker can link, and a
// changed character fails the tag check before the database is asked.
const (
	codeStep   = 30 * time.Second
	codePrefix = "PT"
	tagBytes   = 8
)

// ErrBadCode is a member code that is malformed, forged or too old.
var ErrBadCode = errors.New("this member code is not valid now; ask the member to show it again")

var codeText = base32.StdEncoding.WithPadding(base32.NoPadding)

// step is t's 30-second step since the Unix epoch.
func step(t time.Time) uint64 { return uint64(t.Unix() / int64(codeStep/time.Second)) }

// code is the member code of id (hex) at t.
func (k keys) code(id string, t time.Time) (string, error) {
	raw, err := hex.DecodeString(id)
	if err != nil || len(raw) != idBytes {
		return "", errors.New("points: code: not a member id")
	}
	return codePrefix + codeText.EncodeToString(k.seal(raw, step(t))), nil
}

func (k keys) seal(id []byte, s uint64) []byte {
	var st [8]byte
	binary.BigEndian.PutUint64(st[:], s)
	tag := mac(k.tag, id, st[:])[:tagBytes]
	mask := mac(k.mask, tag, st[:])
	out := append([]byte{}, tag...)
	for i, b := range id {
		out = append(out, b^mask[i])
	}
	return out
}

// resolve returns the member id a code made at t's step, or the one
// before, stands for.
func (k keys) resolve(code string, t time.Time) (string, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	body, ok := strings.CutPrefix(code, codePrefix)
	if !ok {
		return "", ErrBadCode
	}
	raw, err := codeText.DecodeString(body)
	if err != nil || len(raw) != tagBytes+idBytes {
		return "", ErrBadCode
	}
	now := step(t)
	for _, s := range []uint64{now, now - 1} {
		var st [8]byte
		binary.BigEndian.PutUint64(st[:], s)
		mask := mac(k.mask, raw[:tagBytes], st[:])
		id := make([]byte, idBytes)
		for i := range id {
			id[i] = raw[tagBytes+i] ^ mask[i]
		}
		if hmac.Equal(mac(k.tag, id, st[:])[:tagBytes], raw[:tagBytes]) {
			return hex.EncodeToString(id), nil
		}
	}
	return "", ErrBadCode
}

// WellFormed reports whether code has a member code's shape (its prefix
// and length), without saying whether it is any member's: for drawing a
// code's QR without drawing anything else.
func WellFormed(code string) bool {
	body, ok := strings.CutPrefix(code, codePrefix)
	if !ok {
		return false
	}
	raw, err := codeText.DecodeString(body)
	return err == nil && len(raw) == tagBytes+idBytes
}
