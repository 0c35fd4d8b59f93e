package points

import (
	"context"
	"crypto/hmac"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"storecast/app/rest"
)

// A member's card is what their phone keeps to get its member code: the
// member id and a MAC of it, so nothing more is stored to know it, and it
// stops working when the membership is deleted. It is a bearer
// credential for the member's points: it never leaves the phone but to
// ask for a code.
const cardPrefix = "scp_"

// ErrBadCard is a card that is malformed or forged.
var ErrBadCard = errors.New("this member card is not valid")

func (k keys) card(id string) (string, error) {
	raw, err := hex.DecodeString(id)
	if err != nil || len(raw) != idBytes {
		return "", errors.New("points: card: not a member id")
	}
	return cardPrefix + base64.RawURLEncoding.EncodeToString(append(raw, mac(k.cardKey, raw)...)), nil
}

func (k keys) cardID(card string) (string, error) {
	body, ok := strings.CutPrefix(card, cardPrefix)
	if !ok {
		return "", ErrBadCard
	}
	raw, err := base64.RawURLEncoding.DecodeString(body)
	if err != nil || len(raw) != idBytes+32 || !hmac.Equal(mac(k.cardKey, raw[:idBytes]), raw[idBytes:]) {
		return "", ErrBadCard
	}
	return hex.EncodeToString(raw[:idBytes]), nil
}

// CardCode returns the member code now of the member whose card this is,
// and their balance.
func (l *Ledger) CardCode(ctx context.Context, card string) (rest.PointsCode, error) {
	id, err := l.keys.cardID(card)
	if err != nil {
		return rest.PointsCode{}, fmt.Errorf("points: card: %w", err)
	}
	var m rest.PointsMember
	err = l.st.Read(ctx, func(conn *sql.Conn) (err error) {
		m, err = l.member(ctx, conn, id)
		return err
	})
	if err != nil {
		return rest.PointsCode{}, fmt.Errorf("points: card: %w", err)
	}
	// Member says the balance less what is due to expire.
	now, err := l.Member(ctx, m.Code)
	if err != nil {
		return rest.PointsCode{}, fmt.Errorf("points: card: %w", err)
	}
	return rest.PointsCode{Code: m.Code, CodeExpiresAt: m.CodeExpiresAt, Balance: now.Balance}, nil
}
