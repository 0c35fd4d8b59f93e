package points

import (
	"context"
	"errors"
	"testing"
	"time"

	"storecast/app/content"
	"storecast/app/rest"
)

func TestEarned(t *testing.T) {
	at := t0
	rules := rest.PointsRules{PointsPerYuan: 2, ExpiryDays: 30,
		Categories: map[string]int{"fresh": 300, "tobacco": 0},
		Campaigns: []rest.PointsCampaign{{ID: "spring", Percent: 150, From: at.Add(-time.Hour), To: at.Add(time.Hour)},
			{ID: "over", Percent: 500, From: at.Add(-2 * time.Hour), To: at.Add(-time.Hour)}}}
	for _, tc := range []struct {
		name string
		in   rest.PointsEarnInput
		cap  int64
		want int64
		err  error
	}{
		{"base rate", rest.PointsEarnInput{AmountFen: 12345}, 0, 246, nil},
		{"categories", rest.PointsEarnInput{AmountFen: 10000, Lines: []rest.PointsLine{{Category: "fresh", AmountFen: 5000}, {Category: "tobacco", AmountFen: 3000}}}, 0, 340, nil},
		{"unknown category at ×1", rest.PointsEarnInput{AmountFen: 10000, Lines: []rest.PointsLine{{Category: "toys", AmountFen: 10000}}}, 0, 200, nil},
		{"campaign", rest.PointsEarnInput{AmountFen: 10000, Campaign: "spring"}, 0, 300, nil},
		{"rounded down once", rest.PointsEarnInput{AmountFen: 99, Lines: []rest.PointsLine{{Category: "fresh", AmountFen: 33}}}, 0, 3, nil},
		{"capped", rest.PointsEarnInput{AmountFen: 1_000_000}, 500, 500, nil},
		{"largest receipt", rest.PointsEarnInput{AmountFen: MaxAmountFen, Lines: []rest.PointsLine{{Category: "fresh", AmountFen: MaxAmountFen}}, Campaign: "spring"}, 0, 90_000_000, nil},
		{"campaign over", rest.PointsEarnInput{AmountFen: 100, Campaign: "over"}, 0, 0, ErrNoCampaign},
		{"no such campaign", rest.PointsEarnInput{AmountFen: 100, Campaign: "nope"}, 0, 0, ErrNoCampaign},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := rules
			r.CapPerReceipt = tc.cap
			got, err := Earned(r, tc.in, at)
			if got != tc.want || !errors.Is(err, tc.err) {
				t.Errorf("Earned = %d, %v; want %d, %v", got, err, tc.want, tc.err)
			}
		})
	}
}

func TestValidateRules(t *testing.T) {
	ok := DefaultRules()
	for _, tc := range []struct {
		field string
		edit  func(r *rest.PointsRules)
	}{
		{"", func(r *rest.PointsRules) {}},
		{"points_per_yuan", func(r *rest.PointsRules) { r.PointsPerYuan = 101 }},
		{"expiry_days", func(r *rest.PointsRules) { r.ExpiryDays = 0 }},
		{"cap_per_receipt", func(r *rest.PointsRules) { r.CapPerReceipt = -1 }},
		{"categories", func(r *rest.PointsRules) { r.Categories = map[string]int{"Fresh!": 100} }},
		{"categories.fresh", func(r *rest.PointsRules) { r.Categories = map[string]int{"fresh": 1001} }},
		{"campaigns[0].to", func(r *rest.PointsRules) {
			r.Campaigns = []rest.PointsCampaign{{ID: "a", Percent: 100, From: t0, To: t0}}
		}},
		{"campaigns[1].id", func(r *rest.PointsRules) {
			c := rest.PointsCampaign{ID: "a", Percent: 100, From: t0, To: t0.Add(time.Hour)}
			r.Campaigns = []rest.PointsCampaign{c, c}
		}},
	} {
		r := ok
		tc.edit(&r)
		err := ValidateRules(r)
		var fe *content.FieldError
		if got := ""; errors.As(err, &fe) {
			got = fe.Field
			if got != tc.field {
				t.Errorf("field = %q; want %q", got, tc.field)
			}
		} else if err != nil || tc.field != "" {
			t.Errorf("ValidateRules = %v; want a field error on %q", err, tc.field)
		}
	}
}

// Rules set are the rules earns use from then on.
func TestSetRules(t *testing.T) {
	l, _, _ := newLedger(t)
	ctx := context.Background()
	if r, err := l.Rules(ctx); err != nil || r.PointsPerYuan != 1 {
		t.Fatalf("Rules = %+v, %v; want the defaults", r, err)
	}
	if err := l.SetRules(ctx, rest.PointsRules{PointsPerYuan: 5, ExpiryDays: 10}); err != nil {
		t.Fatal(err)
	}
	m := join(t, l, "")
	if p := earn(t, l, m, "r", 1000); p.Entry.Points != 50 {
		t.Errorf("earned %d; want 50 at 5 a yuan", p.Entry.Points)
	}
	if err := l.SetRules(ctx, rest.PointsRules{PointsPerYuan: 5}); err == nil {
		t.Error("rules without expiry_days were taken")
	}
}
