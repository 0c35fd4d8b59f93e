package e2e

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// Proof of play survives the screen being offline (and reloaded while
// offline), and answers lost on the way back (the server stored a batch
// but the screen never heard) do not count twice: every record the screen
// made arrives exactly once.
func TestSignageProofOfPlayOfflineExactlyOnce(t *testing.T) {
	t.Parallel()
	s := kit.Server(t, harness.Options{})
	sgDefault(t, s, sgPlaylist(t, s, "Proof", "full",
		sgSlide("t1", "text", 1, "text", map[string]string{"en": "One"}),
		sgSlide("t2", "text", 1, "text", map[string]string{"en": "Two"}),
		sgSlide("c", "clock", 1),
	))
	page := kit.Tab(t, 1280, 720)

	// Uploads of proof of play fail as the test says: the rest of the page
	// (its live feed, its media) stays online.
	var lost atomic.Int32 // requests failed so far
	intercept := func(stage fetch.RequestStage) {
		sgCall(t, page, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/api/v1/plays*", RequestStage: stage}}})
	}
	events, stop := context.WithCancel(page)
	defer stop()
	paused := chromedp.Events(events, fetch.RequestPaused)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			lost.Add(1)
			_ = chromedp.Do(page, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonInternetDisconnected})
				return err
			}))
		}
	}()

	intercept(fetch.RequestStageRequest) // offline: nothing reaches the server
	sgOpen(t, page, s, "lang=en&test=1&upload=1")
	harness.CheckFor(t, eventually, 100*time.Millisecond, func() error {
		if n := sgStatsOf(t, page).Pending; n < 5 {
			return fmt.Errorf("%d records buffered offline; want 5", n)
		}
		return nil
	})
	if plays, errs := sgPlays(t, s, sgToday(), sgToday()); len(plays)+len(errs) != 0 {
		t.Fatalf("the server has plays %v while the screen is offline", plays)
	}

	// A reload while offline keeps the buffer.
	before := sgStatsOf(t, page)
	if err := chromedp.Do(page, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitJS(t, page, `document.documentElement.dataset.live === "1" && typeof scSignage === "function"`)
	if after := sgStatsOf(t, page); after.Pending < before.Pending {
		t.Fatalf("after a reload %d records wait; want the %d buffered before it", after.Pending, before.Pending)
	}

	// Back online, but the answers get lost: the server stores batches the
	// screen thinks failed, and the screen sends them again.
	intercept(fetch.RequestStageResponse)
	failedBefore := lost.Load()
	harness.CheckFor(t, eventually, 100*time.Millisecond, func() error {
		if plays, _ := sgPlays(t, s, sgToday(), sgToday()); len(plays) == 0 || lost.Load() < failedBefore+2 {
			return fmt.Errorf("server has plays %v, %d answers lost; want batches stored with at least 2 answers lost", plays, lost.Load()-failedBefore)
		}
		return nil
	})
	if sgStatsOf(t, page).Pending == 0 {
		t.Fatal("the screen dropped records whose upload it never saw succeed")
	}

	// Fully online. An override holds the playlist, so the count stops.
	sgCall(t, page, fetch.Disable, cdp.Empty{})
	sgCreate(t, s, "/api/v1/overrides", map[string]any{"message": map[string]string{"en": "Stop"}, "severity": "info", "minutes": 5})
	waitJS(t, page, `document.querySelector(".sc-override") !== null`)
	harness.CheckFor(t, eventually, 100*time.Millisecond, func() error {
		if n := sgStatsOf(t, page).Pending; n != 0 {
			return fmt.Errorf("%d records wait; want every record uploaded", n)
		}
		return nil
	})
	recorded := before.Recorded + sgStatsOf(t, page).Recorded
	plays, errs := sgPlays(t, s, sgToday(), sgToday())
	stored := 0
	for name, n := range plays {
		stored += n + errs[name]
	}
	t.Logf("recorded %d plays (%d before the reload); %d uploads failed on the way; the server has %d: %v", recorded, before.Recorded, lost.Load(), stored, plays)
	if stored != recorded {
		t.Fatalf("the server has %d plays; the screen recorded %d", stored, recorded)
	}
}
