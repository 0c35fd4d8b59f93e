package points

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"storecast/app/rest"
)

func spendAtB(l *Ledger, code, key, item string, price int64) (rest.PartnerSpent, error) {
	return l.SpendAtPartner(context.Background(), rest.PartnerSpendInput{MemberCode: code, Partner: "b", Item: item, Price: price, Key: key})
}

// A partner's coupon of 7 of its points, at 2 of theirs per one of ours,
// costs 4 of ours (3 would give only 6); the 1 over stays at the partner.
// A replay moves nothing; a refusal moves nothing either.
func TestSpendAtPartnerIsOneExchangeAndOneSpend(t *testing.T) {
	l, st, _ := newLedger(t)
	partnerB(t, l, 10, 0)
	m := join(t, l, "13800138000")
	earn(t, l, m, "r-0", 10000) // 100 points
	c := code(t, l, m)
	got, err := spendAtB(l, c, "s-1", "coffee", 7)
	if err != nil {
		t.Fatal(err)
	}
	if got.Ours != 4 || got.Theirs != 8 || got.Balance != 96 || got.PartnerBalance != 1 || got.Item != "coffee" || got.Replayed {
		t.Errorf("spend = %+v; want 4 ours for 8 theirs, 7 spent, balances 96 and 1", got)
	}
	again, err := spendAtB(l, c, "s-1", "coffee", 7)
	if err != nil || !again.Replayed || again.Entry != got.Entry || again.Balance != 96 || again.PartnerBalance != 1 {
		t.Errorf("replay = %+v, %v; want the first, replayed", again, err)
	}
	refusals := []struct {
		name, key, item string
		price           int64
		want            error
	}{
		{"the key with another item", "s-1", "tea", 7, ErrKeyReused},
		{"a plain exchange's key", "x-1", "coffee", 7, ErrKeyReused},
		{"past the member's cap of 10", "s-2", "cake", 13, ErrCap},
	}
	if _, err := exchange(l, c, rest.ExchangeOut, "x-1", 1); err != nil {
		t.Fatal(err)
	}
	for _, tt := range refusals {
		if _, err := spendAtB(l, c, tt.key, tt.item, tt.price); !errors.Is(err, tt.want) {
			t.Errorf("%s: err %v; want %v", tt.name, err, tt.want)
		}
	}
	if got := balanceOf(t, l, m); got != 95 {
		t.Errorf("balance after the refusals = %d; want 95", got)
	}
	verified(t, st)
}

func TestSpendAtPartnerRefusesWhole(t *testing.T) {
	l, st, _ := newLedger(t)
	partnerB(t, l, 0, 0)
	m := join(t, l, "13800138000")
	earn(t, l, m, "r-0", 300) // 3 points: 6 of theirs
	c := code(t, l, m)
	if _, err := spendAtB(l, c, "s-1", "coffee", 7); !errors.Is(err, ErrInsufficient) {
		t.Errorf("a coupon of 7 theirs with 6 to give: %v; want ErrInsufficient", err)
	}
	if err := l.DisablePartner(context.Background(), "b"); err != nil {
		t.Fatal(err)
	}
	if _, err := spendAtB(l, c, "s-2", "coffee", 2); !errors.Is(err, ErrNoPartner) {
		t.Errorf("at a disabled partner: %v; want ErrNoPartner", err)
	}
	if err := l.DisablePartner(context.Background(), "nobody"); !errors.Is(err, ErrNoPartner) {
		t.Errorf("disabling no partner: %v; want ErrNoPartner", err)
	}
	if got := balanceOf(t, l, m); got != 3 {
		t.Errorf("balance = %d; want 3, untouched", got)
	}
	verified(t, st)
}

// Deleting a membership keeps its partner spends for settlement, without
// the person, and the ledger still verifies.
func TestDeletingAMemberKeepsPartnerSpendsNamelessly(t *testing.T) {
	l, st, _ := newLedger(t)
	partnerB(t, l, 0, 0)
	m := join(t, l, "13800138000")
	earn(t, l, m, "r-0", 10000)
	if _, err := spendAtB(l, code(t, l, m), "s-1", "coffee", 7); err != nil {
		t.Fatal(err)
	}
	if err := l.Delete(context.Background(), code(t, l, m)); err != nil {
		t.Fatal(err)
	}
	var named, all int
	err := st.Read(context.Background(), func(conn *sql.Conn) error {
		return conn.QueryRowContext(context.Background(),
			`SELECT count(*) FILTER (WHERE member_id != ''), count(*) FROM point_partner_spends`).Scan(&named, &all)
	})
	if err != nil || named != 0 || all != 1 {
		t.Errorf("partner spends after the deletion: %d naming a member of %d (%v); want 0 of 1", named, all, err)
	}
	verified(t, st)
}
