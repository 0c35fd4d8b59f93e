package harness

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// evalWait bounds one evaluation: a page that does not answer fails the
// step, and a wait polls again, instead of hanging.
const evalWait = 15 * time.Second

// EvalJS runs a JavaScript expression in the tab and returns its value; a
// promise is awaited.
func EvalJS[T any](tab context.Context, expr string) (T, error) {
	ctx, cancel := context.WithTimeout(tab, evalWait)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// WaitJS polls a JavaScript predicate in the tab until it is true; a
// promise is awaited. On timeout the error names the predicate and the
// last evaluation's error, if any. It polls with Evaluate rather than
// chromedp.Poll, which proved unreliable across the navigations and wasm
// start-up these pages go through.
func WaitJS(tab context.Context, timeout time.Duration, predicate string) error {
	return Poll(tab, timeout, 25*time.Millisecond, func() error {
		ok, err := EvalJS[bool](tab, "(async () => Boolean(await ("+predicate+")))()")
		if err != nil {
			return fmt.Errorf("%s: %w", predicate, err)
		}
		if !ok {
			return fmt.Errorf("still false: %s", predicate)
		}
		return nil
	})
}

// LiveJS is the readiness marker every screen sets once it is current.
const LiveJS = `document.documentElement.dataset.live === "1"`
