package api

import (
	"errors"
	"sync"
	"testing"
	"time"
)

// Phones racing to confirm one link: one wins, the others hear it is
// gone, and the kiosk gets the winner's code once.
func TestLinkBookConfirmsOnce(t *testing.T) {
	b := newLinkBook()
	now := time.Now()
	id, _, err := b.open("install:k1", now)
	if err != nil {
		t.Fatal(err)
	}
	const phones = 16
	errs := make([]error, phones)
	var wg sync.WaitGroup
	for i := range phones {
		wg.Go(func() { errs[i] = b.confirm(id, "PT-"+itoa(i), now) })
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, errLinkGone):
			t.Errorf("a losing phone's error = %v; want %v", err, errLinkGone)
		}
	}
	if won != 1 {
		t.Fatalf("%d phones confirmed the link; want 1", won)
	}
	if code, err := b.poll(id, "install:k2", now); err != errLinkUnknown || code != "" {
		t.Errorf("another kiosk's poll = %q, %v; want %v", code, err, errLinkUnknown)
	}
	if code, err := b.poll(id, "install:k1", now); err != nil || code == "" {
		t.Errorf("the kiosk's poll = %q, %v; want the winner's code", code, err)
	}
	if _, err := b.poll(id, "install:k1", now); err != errLinkGone {
		t.Errorf("the kiosk's second poll: %v; want %v", err, errLinkGone)
	}
}

// The book holds at most linkCap sessions at once.
func TestLinkBookIsBounded(t *testing.T) {
	b := newLinkBook()
	now := time.Now()
	for range linkCap {
		if _, _, err := b.open("install:k", now); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := b.open("install:k", now); err != errLinkFull {
		t.Fatalf("open beyond the cap: %v; want %v", err, errLinkFull)
	}
	if _, _, err := b.open("install:k", now.Add(2*linkTTL+time.Second)); err != nil {
		t.Errorf("open once the old sessions are long over: %v; want them swept", err)
	}
}
