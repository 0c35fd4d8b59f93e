package points

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A member's card gives their phone a fresh code at any time, until the
// membership is deleted; an altered card gives nothing.
func TestCard(t *testing.T) {
	l, _, clk := newLedger(t)
	ctx := context.Background()
	m := join(t, l, "")
	if m.Card == "" {
		t.Fatal("joining gave no card")
	}
	clk.Add(time.Hour)
	c, err := l.CardCode(ctx, m.Card)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := l.Member(ctx, c.Code); err != nil || got.ID != m.ID {
		t.Errorf("the card's code finds %q, %v; want %s", got.ID, err, m.ID)
	}
	b := []byte(m.Card)
	b[len(b)-1] ^= 1
	if _, err := l.CardCode(ctx, string(b)); !errors.Is(err, ErrBadCard) {
		t.Errorf("altered card: %v; want ErrBadCard", err)
	}
	if err := l.Delete(ctx, c.Code); err != nil {
		t.Fatal(err)
	}
	if _, err := l.CardCode(ctx, m.Card); !errors.Is(err, ErrNoMember) {
		t.Errorf("card of a deleted membership: %v; want ErrNoMember", err)
	}
}
