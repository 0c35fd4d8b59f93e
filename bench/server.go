package main

import (
	"context"
	"fmt"

	"storecast/e2e/harness"
)

// server is one real `storecast serve` process on a free loopback port
// with its own data directory, as a store would run it, with its garbage
// collections watched.
type server struct {
	*harness.Server
	gc *gcWatch
}

// startServer runs binary serve with args and waits until it prints its
// URL and answers /readyz.
func startServer(ctx context.Context, binary string, args ...string) (*server, error) {
	gc := &gcWatch{}
	// gctrace lets the bench read the server's heap after a collection.
	s, err := harness.Start(ctx, harness.Options{Binary: binary, Args: args, Env: []string{"GODEBUG=gctrace=1"}, Stderr: gc})
	if err != nil {
		return nil, fmt.Errorf("bench: server: %w", err)
	}
	return &server{Server: s, gc: gc}, nil
}

// startWithPromotion starts a server and creates one promotion for the
// bench to replace, returning its id.
func startWithPromotion(ctx context.Context, binary, title string) (*server, string, error) {
	s, err := startServer(ctx, binary)
	if err != nil {
		return nil, "", err
	}
	var promo struct {
		ID string `json:"id"`
	}
	if err := s.api(ctx, "POST", "/api/v1/promotions", promotion(title, 1), &promo); err != nil {
		s.Stop()
		return nil, "", err
	}
	return s, promo.ID, nil
}

// api calls the JSON API with the admin token and decodes the answer into
// out when it is not nil; an answer of 300 or more is an error.
func (s *server) api(ctx context.Context, method, path string, body, out any) error {
	_, err := s.Call(ctx, method, path, body, out)
	return err
}

// promotion is the body the bench sends: one title in English, so pages
// opened with ?lang=en show exactly it.
func promotion(title string, priority int) map[string]any {
	return map[string]any{
		"title":    map[string]string{"en": title},
		"price":    990,
		"priority": priority,
	}
}
