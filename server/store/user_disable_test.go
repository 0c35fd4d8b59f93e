package store

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestSetUserDisabled(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	s.Now = fixedClock(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	u, err := s.CreateUser(ctx, "dora", "editor", "hash")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.CreateSession(ctx, "session-hash", u.ID, "csrf", s.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateAPIToken(ctx, u.ID, "till", "token-hash", nil); err != nil {
		t.Fatal(err)
	}
	if err := s.SetUserDisabled(ctx, u.ID, true); err != nil {
		t.Fatal(err)
	}
	got, err := s.UserByName(ctx, "DORA")
	if err != nil || got.DisabledAt == nil {
		t.Fatalf("UserByName after disabling = %+v, %v; want DisabledAt set", got, err)
	}
	first := *got.DisabledAt
	if _, err := s.SessionByHash(ctx, "session-hash"); !errors.Is(err, ErrNotFound) {
		t.Errorf("SessionByHash of a disabled user: %v; want ErrNotFound", err)
	}
	if _, _, err := s.UserByAPIToken(ctx, "token-hash"); !errors.Is(err, ErrNotFound) {
		t.Errorf("UserByAPIToken of a disabled user: %v; want ErrNotFound", err)
	}
	if err := s.SetUserDisabled(ctx, u.ID, true); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.User(ctx, u.ID); again.DisabledAt == nil || !again.DisabledAt.Equal(first) {
		t.Errorf("disabled twice: DisabledAt = %v; want the first time, %v", again.DisabledAt, first)
	}

	if err := s.SetUserDisabled(ctx, u.ID, false); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.User(ctx, u.ID); got.DisabledAt != nil {
		t.Errorf("enabled user has DisabledAt %v", got.DisabledAt)
	}
	if _, _, err := s.UserByAPIToken(ctx, "token-hash"); err != nil {
		t.Errorf("UserByAPIToken after enabling: %v; want the token to work again", err)
	}
	if _, err := s.SessionByHash(ctx, "session-hash"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a session ended by disabling came back: %v", err)
	}
	if err := s.SetUserDisabled(ctx, "no-such-id", true); !errors.Is(err, ErrNotFound) {
		t.Errorf("disable an unknown id: %v; want ErrNotFound", err)
	}
	us, err := s.Users(ctx)
	if err != nil || len(us) != 1 || us[0].DisabledAt != nil {
		t.Errorf("Users = %+v, %v", us, err)
	}
}
