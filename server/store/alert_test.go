package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"storecast/app/rest"
)

func TestAlertRulesDefaultThenSet(t *testing.T) {
	s, _ := openTemp(t)
	ctx := WithActor(context.Background(), "ada")
	got, err := s.AlertRules(ctx)
	if err != nil || !reflect.DeepEqual(got, rest.DefaultAlertRules()) {
		t.Fatalf("AlertRules = %+v, %v; want the defaults", got, err)
	}
	want := rest.DefaultAlertRules()
	want.Hours = rest.StoreHours{Open: "09:30", Close: "01:00", Weekdays: []int{1, 2, 3}}
	want.Disk.On = false
	if err := s.SetAlertRules(ctx, want); err != nil {
		t.Fatal(err)
	}
	if got, err := s.AlertRules(ctx); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("AlertRules = %+v, %v; want %+v", got, err, want)
	}
}

func TestWebhooksAddListDelete(t *testing.T) {
	s, _ := openTemp(t)
	ctx := WithActor(context.Background(), "ada")
	w, err := s.CreateWebhook(ctx, Webhook{Name: "ops", Kind: rest.WebhookGeneric, URL: "https://example.com/hook", Secret: "0123456789abcdef"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Webhook(ctx, w.ID)
	if err != nil || got.Secret != "0123456789abcdef" || got.URL != w.URL {
		t.Fatalf("Webhook = %+v, %v; want it with its URL and secret", got, err)
	}
	if ws, err := s.Webhooks(ctx); err != nil || len(ws) != 1 {
		t.Fatalf("Webhooks = %d, %v; want 1", len(ws), err)
	}
	if err := s.DeleteWebhook(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteWebhook(ctx, w.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second DeleteWebhook = %v; want ErrNotFound", err)
	}
	if _, err := s.Webhook(ctx, w.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Webhook after delete = %v; want ErrNotFound", err)
	}
}

func TestDeliveriesNewestFirst(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	at := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	for i, outcome := range []string{rest.DeliveryRetrying, rest.DeliveryDelivered} {
		d := rest.Delivery{Webhook: "w1", Rule: rest.RuleDisk, Subject: "disk", Attempt: i + 1, Outcome: outcome, Status: 200, Millis: 12, At: at}
		if _, err := s.AddDelivery(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	ds, err := s.Deliveries(ctx, 10)
	if err != nil || len(ds) != 2 {
		t.Fatalf("Deliveries = %d, %v; want 2", len(ds), err)
	}
	if ds[0].Attempt != 2 || ds[0].Outcome != rest.DeliveryDelivered || !ds[0].At.Equal(at) {
		t.Errorf("newest = %+v; want attempt 2, delivered, at %v", ds[0], at)
	}
}

func TestAnswerStaffCall(t *testing.T) {
	s, _ := openTemp(t)
	ctx := WithActor(context.Background(), "li")
	c, err := s.CreateStaffCall(ctx, "10.0.0.7", "entrance")
	if err != nil {
		t.Fatal(err)
	}
	hourAgo := time.Now().Add(-time.Hour)
	if open, err := s.OpenStaffCalls(ctx, hourAgo, 10); err != nil || len(open) != 1 {
		t.Fatalf("OpenStaffCalls = %d, %v; want 1", len(open), err)
	}
	if err := s.AnswerStaffCall(ctx, c.ID, "li"); err != nil {
		t.Fatal(err)
	}
	if err := s.AnswerStaffCall(ctx, c.ID, "wang"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second answer = %v; want ErrNotFound", err)
	}
	calls, err := s.StaffCalls(ctx, 10)
	if err != nil || len(calls) != 1 {
		t.Fatalf("StaffCalls = %d, %v; want 1", len(calls), err)
	}
	if got := calls[0]; got.Answered == nil || got.AnsweredBy != "li" {
		t.Errorf("answered = %v by %q; want a time, by li (the first to take it)", got.Answered, got.AnsweredBy)
	}
	if open, err := s.OpenStaffCalls(ctx, hourAgo, 10); err != nil || len(open) != 0 {
		t.Fatalf("OpenStaffCalls after answer = %d, %v; want 0", len(open), err)
	}
}
