package main

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
	"storecast/e2e/probe"
)

// enrolBudget: a screen opening its enrolment link shows content within a
// second of the server's answer.
const enrolBudget = 1000

// benchEnrol opens a fresh enrolment link runs times, each on a new
// screen (a browser context of its own) of a server that requires
// pairing, and reports how long after the server answered the link the
// screen went live.
func benchEnrol(ctx context.Context, res *Results, b *harness.Browser, binary string, runs int) error {
	s, err := startServer(ctx, binary, "--require-pairing")
	if err != nil {
		return err
	}
	defer s.Stop()
	var ms []float64
	for i := range runs {
		d, err := enrolOnce(ctx, b, s, fmt.Sprintf("Bench screen %d", i))
		if err != nil {
			return fmt.Errorf("bench: enrol: run %d: %w", i, err)
		}
		ms = append(ms, d)
	}
	res.atMost("enrol", "link answered → screen live, max", percentile(ms, 100), "ms", enrolBudget, "≤ 1 s")
	res.Rows[len(res.Rows)-1].Note = fmt.Sprintf("median %.0f ms of %d screens, each new", percentile(ms, 50), runs)
	return nil
}

// enrolOnce makes a link and opens it on a new screen.
func enrolOnce(ctx context.Context, b *harness.Browser, s *server, name string) (float64, error) {
	var made struct {
		URL string `json:"url"`
	}
	body := map[string]any{"name": name, "kind": "signage", "hours": 1}
	if err := s.api(ctx, "POST", "/api/v1/enrolment-links", body, &made); err != nil {
		return 0, err
	}
	tab, cancel, err := b.NewContext(ctx, 1280, 720)
	if err != nil {
		return 0, err
	}
	defer cancel()
	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probe.EnrolJS}); err != nil {
		return 0, err
	}
	if err := navigate(tab, made.URL+"&lang=en"); err != nil {
		return 0, err
	}
	if err := harness.WaitJS(tab, 30*time.Second, `window.__enrol.live > 0 && window.__enrol.answered > 0`); err != nil {
		return 0, err
	}
	return probe.EnrolLive(tab)
}
