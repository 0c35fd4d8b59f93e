package store

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"storecast/app/content"
)

func TestPowerSavedAndSentToScreens(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	p, err := s.Power(ctx)
	if err != nil || len(p.Schedules) != 0 {
		t.Fatalf("Power on a new store = %+v, %v; want no schedules", p, err)
	}
	want := content.Power{Schedules: []content.PowerSchedule{
		{Hours: []content.OpenHours{{Open: "08:00", Close: "22:00"}}},
		{Group: "bar", Hours: []content.OpenHours{{Weekdays: []int{5, 6}, Open: "18:00", Close: "02:00"}}},
	}}
	if err := s.SetPower(ctx, want); err != nil {
		t.Fatal(err)
	}
	bad := content.Power{Schedules: []content.PowerSchedule{{Group: "a"}, {Group: "a"}}}
	var fe *content.FieldError
	if err := s.SetPower(ctx, bad); !errors.As(err, &fe) {
		t.Errorf("SetPower(two schedules for one group) = %v; want a FieldError", err)
	}

	// Reopened from the file: what was saved, and one power.update for
	// the screens.
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s2.Close() })
	got, err := s2.Power(ctx)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("Power after reopening = %+v, %v; want %+v", got, err, want)
	}
	ms, err := s2.Outbox(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var sent []content.Event
	for _, m := range ms {
		var e content.Event
		if err := json.Unmarshal(m.Data, &e); err != nil {
			t.Fatal(err)
		}
		if e.Op == content.OpPowerUpdate {
			sent = append(sent, e)
		}
	}
	if len(sent) != 1 || !reflect.DeepEqual(*sent[0].Power, want) {
		t.Fatalf("events sent = %+v; want one power.update with the schedules", sent)
	}
}
