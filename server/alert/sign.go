package alert

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Headers of a generic webhook's request (docs/operations.md shows a
// receiver checking them).
const (
	HeaderEvent     = "X-Storecast-Event"     // "alert" or "test"
	HeaderDelivery  = "X-Storecast-Delivery"  // the alert's id: the same on every retry
	HeaderTimestamp = "X-Storecast-Timestamp" // Unix seconds of this attempt
	HeaderSignature = "X-Storecast-Signature" // "sha256=" and Signature's hex
)

// Signature is the HMAC-SHA256, keyed with secret, of the timestamp (as
// sent in HeaderTimestamp), a ".", and the body. Signing the timestamp
// lets a receiver refuse an old request replayed.
func Signature(secret, timestamp string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(timestamp))
	mac.Write([]byte("."))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// VerifySignature checks a generic webhook's request as a receiver should:
// the signature in constant time, and the timestamp within skew of now.
func VerifySignature(secret, timestamp, signature string, body []byte, now time.Time, skew time.Duration) bool {
	sec, err := strconv.ParseInt(timestamp, 10, 64)
	if err != nil {
		return false
	}
	if d := now.Sub(time.Unix(sec, 0)); d > skew || d < -skew {
		return false
	}
	return hmac.Equal([]byte(Signature(secret, timestamp, body)), []byte(signature))
}

// dingTalkSigned adds DingTalk's "加签" to a robot's URL: timestamp in
// milliseconds and sign, the Base64 HMAC-SHA256 keyed with the secret of
// timestamp, "\n", secret.
func dingTalkSigned(raw, secret string, now time.Time) string {
	ts := strconv.FormatInt(now.UnixMilli(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + "\n" + secret))
	sign := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	sep := "?"
	if strings.Contains(raw, "?") {
		sep = "&"
	}
	return raw + sep + "timestamp=" + ts + "&sign=" + url.QueryEscape(sign)
}
