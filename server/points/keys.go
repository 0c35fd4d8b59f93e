package points

import (
	"crypto/hmac"
	"crypto/sha256"
	"errors"
)

// keys are what the points secret is split into, one per use, so a value
// made for one (a member id) can never stand for another (a code's tag).
type keys struct {
	id      []byte // member ids from phone numbers
	tag     []byte // member codes' tags
	mask    []byte // member codes' masks
	cardKey []byte // members' cards
}

func newKeys(secret []byte) (keys, error) {
	if len(secret) < 32 {
		return keys{}, errors.New("points: the secret must be at least 32 bytes")
	}
	return keys{
		id:      mac(secret, []byte("storecast points member id")),
		tag:     mac(secret, []byte("storecast points code tag")),
		mask:    mac(secret, []byte("storecast points code mask")),
		cardKey: mac(secret, []byte("storecast points card")),
	}, nil
}

// mac is HMAC-SHA256 of the parts, in order, under key.
func mac(key []byte, parts ...[]byte) []byte {
	h := hmac.New(sha256.New, key)
	for _, p := range parts {
		h.Write(p)
	}
	return h.Sum(nil)
}
