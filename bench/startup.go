package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"storecast/e2e/harness"
)

// startupConfig is what the start-up section measures.
type startupConfig struct {
	Runs    int      // cold and warm loads each
	Pages   []string // paths, with their query
	Offers  int      // offers added to the demo's before measuring
	JSFlags string   // the browser's V8 flags, for the note
	Floor   string   // directory of the floor program and its wasm (bench/floor); "" for none
	Web     string   // storecast's web directory, which the floor serves too
	Network []string // network emulation methods to try, in order (netEmulations)
	Before  string   // another storecast binary whose pages take turns with these; "" for none
}

// startupPage is one page whose start-up is measured, and what its loads
// measured.
type startupPage struct {
	section    string // "start-up /kiosk"
	url        string
	floor      bool // the floor page (bench/floor), which has no live feed
	cold, warm []loadTiming
	warmTab    context.Context // the warm loads' tab, its service worker installed
	closeWarm  context.CancelFunc
	err        error        // the page's first failure; its later loads are skipped
	before     *startupPage // the same page served by -startup-before's binary, if any
}

// benchStartup measures the floor and each page path under kiosk-class
// emulation, in one browser. The pages take turns, run after run, cold
// and then warm, so what else the machine does meanwhile slows them
// alike; a page that fails does not stop the others.
func benchStartup(ctx context.Context, res *Results, b *harness.Browser, s *server, sc startupConfig) error {
	if err := addOffers(ctx, s, sc.Offers); err != nil {
		return err
	}
	method, err := chooseEmulation(ctx, b, sc.Network)
	if err != nil {
		return err // never measure unthrottled
	}
	res.add(Row{Section: "start-up", Name: "network emulation", Text: method, Note: emulationNote(method)})
	var errs []error
	var pages []*startupPage
	if sc.Floor != "" {
		fl, err := startFloor(ctx, sc.Floor, sc.Web)
		if err != nil {
			errs = append(errs, err)
		} else {
			defer fl.Stop()
			pages = append(pages, &startupPage{section: "start-up floor", url: fl.URL, floor: true})
		}
	}
	var before *server
	if sc.Before != "" {
		if before, err = startServer(ctx, sc.Before); err != nil {
			return err
		}
		defer before.Stop()
		if err := addOffers(ctx, before, sc.Offers); err != nil {
			return err
		}
	}
	for _, path := range sc.Pages {
		if path == "" {
			continue
		}
		p := &startupPage{section: "start-up " + strings.SplitN(path, "?", 2)[0], url: s.URL + path}
		pages = append(pages, p)
		if before != nil {
			p.before = &startupPage{section: p.section + " (before)", url: before.URL + path}
			pages = append(pages, p.before)
		}
	}
	measureStartups(ctx, b, pages, sc.Runs, method)
	startupRows(res, pages, sc, method)
	for _, p := range pages {
		if p.err != nil {
			errs = append(errs, fmt.Errorf("bench: %s: %w", p.section, p.err))
		}
	}
	return errors.Join(errs...)
}

// measureStartups loads every page runs times cold, then runs times warm,
// the pages in turn, each round starting one page later than the last.
func measureStartups(ctx context.Context, b *harness.Browser, pages []*startupPage, runs int, method string) {
	for i := range runs {
		for _, p := range turn(pages, i) {
			t, err := coldLoad(ctx, b, p.url, method)
			if err != nil {
				p.err = fmt.Errorf("cold run %d: %w", i, err)
				continue
			}
			p.cold = append(p.cold, t)
		}
	}
	for _, p := range pages {
		if p.err != nil {
			continue
		}
		if p.warmTab, p.closeWarm, p.err = warmUp(ctx, b, p.url, method); p.err != nil {
			p.err = fmt.Errorf("warm: %w", p.err)
		}
	}
	for i := range runs {
		for _, p := range turn(pages, i) {
			t, err := timedLoad(p.warmTab, p.url)
			if err != nil {
				p.err = fmt.Errorf("warm run %d: %w", i, err)
				continue
			}
			p.warm = append(p.warm, t)
		}
	}
	for _, p := range pages {
		if p.closeWarm != nil {
			p.closeWarm()
		}
	}
}

// turn is the pages that have not failed, starting at the i-th: no page
// is always the first after a pause, or always follows the same one.
func turn(pages []*startupPage, i int) []*startupPage {
	var out []*startupPage
	for k := range pages {
		if p := pages[(i+k)%len(pages)]; p.err == nil {
			out = append(out, p)
		}
	}
	return out
}

// floorOf is the floor page, if it was measured.
func floorOf(pages []*startupPage) (*startupPage, bool) {
	for _, p := range pages {
		if p.floor && p.err == nil {
			return p, true
		}
	}
	return nil, false
}

// addOffers publishes n more offers like the demo's: a title, a price and
// the first demo offer's image, so pages hold n more cards to render.
func addOffers(ctx context.Context, s *server, n int) error {
	if n == 0 {
		return nil
	}
	var list struct {
		Promotions []struct {
			Image string `json:"image"`
		} `json:"promotions"`
	}
	if err := s.api(ctx, "GET", "/api/v1/promotions", nil, &list); err != nil {
		return err
	}
	image := ""
	for _, p := range list.Promotions {
		if p.Image != "" {
			image = p.Image
			break
		}
	}
	for i := range n {
		body := promotion(fmt.Sprintf("Bench offer %d", i+1), 1)
		body["image"], body["was_price"] = image, 1290
		if err := s.api(ctx, "POST", "/api/v1/promotions", body, nil); err != nil {
			return err
		}
	}
	return nil
}
