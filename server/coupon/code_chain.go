package coupon

import "strings"

// ChainPrefix starts a chain coupon's code: CH-XXXX-XXXX-XXXX. Head office
// mints these for the chain's campaigns with its own secret, and is the
// only one that can check or redeem them; a store sends a code with this
// prefix to head office. A store's own codes keep SC-, so every code
// already printed stays valid, and the two kinds never collide: they
// differ in prefix, and their MACs are of different labels.
//
// A chain code must be typed with its prefix (the QR code and the link
// carry it): without it, it reads as a store's code and fails that
// store's check.
const ChainPrefix = "CH"

// NewChainCodec returns head office's codec for chain coupons.
func NewChainCodec(secret []byte) (*Codec, error) {
	return newCodec(secret, ChainPrefix, "storecast-chain-coupon-v1")
}

// IsChainCode reports whether s, as typed or scanned, has a chain code's
// shape (its MAC unchecked: only head office holds the key).
func IsChainCode(s string) bool {
	_, ok := ChainCode(s)
	return ok
}

// ChainCode returns the canonical form of a chain code's shape, or false.
// The MAC is not checked.
func ChainCode(s string) (string, bool) {
	if !strings.HasPrefix(strings.ToUpper(strings.TrimSpace(s)), ChainPrefix) {
		return "", false
	}
	raw, ok := normalize(s, ChainPrefix)
	if !ok {
		return "", false
	}
	if _, ok := decode(raw); !ok {
		return "", false
	}
	return ChainPrefix + "-" + raw[0:4] + "-" + raw[4:8] + "-" + raw[8:12], true
}
