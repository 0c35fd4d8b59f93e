package store

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"storecast/app/content"
)

func samplePromotion() content.Promotion {
	// A non-UTC zone and sub-millisecond digits check normalisation.
	shanghai := time.FixedZone("CST", 8*3600)
	from := time.Date(2026, 3, 1, 8, 0, 0, 123_456_789, shanghai)
	to := from.Add(72 * time.Hour)
	return content.Promotion{
		Title:     content.Text{"zh-Hans": "新鲜草莓", "zh-Hant": "新鮮草莓", "en": "Fresh strawberries"},
		Body:      content.Text{"zh-Hans": "每盒500克", "en": "500 g punnet"},
		Image:     content.MediaPrefix + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.png",
		Price:     2990,
		WasPrice:  3990,
		ValidFrom: &from,
		ValidTo:   &to,
		Priority:  500,
	}
}

func assertPromotion(t *testing.T, got, want content.Promotion) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("promotion = %+v\nwant %+v", got, want)
	}
}

func TestPromotionRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.Now = fixedClock(time.Date(2026, 2, 1, 0, 0, 0, 999_999, time.UTC))

	in := samplePromotion()
	created, err := s.CreatePromotion(ctx, in)
	if err != nil {
		t.Fatalf("CreatePromotion: %v", err)
	}
	if len(created.ID) != 32 || created.UpdatedAt.IsZero() {
		t.Fatalf("created ID %q UpdatedAt %v; want both set", created.ID, created.UpdatedAt)
	}
	wantFrom := time.Date(2026, 3, 1, 0, 0, 0, 123_000_000, time.UTC) // 08:00 CST, to the ms
	if !reflect.DeepEqual(created.ValidFrom, &wantFrom) {
		t.Errorf("ValidFrom = %v; want %v", created.ValidFrom, wantFrom)
	}
	got, err := s.Promotion(ctx, created.ID)
	if err != nil {
		t.Fatalf("Promotion: %v", err)
	}
	assertPromotion(t, got, created)

	upd := got
	upd.Title = content.Text{"en": "Strawberries"}
	upd.Body = nil
	upd.Image = ""
	upd.WasPrice = 0
	upd.ValidFrom, upd.ValidTo = nil, nil
	updated, err := s.UpdatePromotion(ctx, upd)
	if err != nil {
		t.Fatalf("UpdatePromotion: %v", err)
	}
	if !updated.UpdatedAt.After(created.UpdatedAt) {
		t.Errorf("UpdatedAt = %v; want after %v", updated.UpdatedAt, created.UpdatedAt)
	}
	got, err = s.Promotion(ctx, created.ID)
	if err != nil {
		t.Fatal(err)
	}
	assertPromotion(t, got, updated)

	if err := s.DeletePromotion(ctx, created.ID); err != nil {
		t.Fatalf("DeletePromotion: %v", err)
	}
	if _, err := s.Promotion(ctx, created.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Promotion after delete error = %v; want ErrNotFound", err)
	}
}

func TestPromotionUnknownID(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	tests := []struct {
		name string
		call func() error
	}{
		{"get", func() error { _, err := s.Promotion(ctx, "nope"); return err }},
		{"update", func() error {
			p := samplePromotion()
			p.ID = "nope"
			_, err := s.UpdatePromotion(ctx, p)
			return err
		}},
		{"delete", func() error { return s.DeletePromotion(ctx, "nope") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, ErrNotFound) {
				t.Errorf("error = %v; want ErrNotFound", err)
			}
		})
	}
	ps, err := s.Promotions(ctx)
	if err != nil || len(ps) != 0 {
		t.Errorf("Promotions = %d rows, %v; want none (update must not insert)", len(ps), err)
	}
}

func TestPromotionsOrder(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	clock := fixedClock(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	frozen := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

	create := func(prio int, now func() time.Time) string {
		t.Helper()
		s.Now = now
		p := samplePromotion()
		p.Priority = prio
		c, err := s.CreatePromotion(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		return c.ID
	}
	low := create(10, clock)
	highOld := create(900, clock)
	highNew := create(900, clock)
	tieA := create(500, func() time.Time { return frozen })
	tieB := create(500, func() time.Time { return frozen })
	if tieB < tieA {
		tieA, tieB = tieB, tieA
	}

	ps, err := s.Promotions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.ID)
	}
	want := []string{highNew, highOld, tieA, tieB, low}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v; want %v", got, want)
	}
}

func TestPromotionConcurrentCreates(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() {
			_, err := s.CreatePromotion(ctx, samplePromotion())
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent CreatePromotion: %v", err)
		}
	}
	ps, err := s.Promotions(ctx)
	if err != nil || len(ps) != n {
		t.Errorf("Promotions = %d rows, %v; want %d", len(ps), err, n)
	}
}
