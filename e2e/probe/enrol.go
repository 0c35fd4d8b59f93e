package probe

import (
	"context"
	"fmt"

	"storecast/e2e/harness"
)

// EnrolJS, run before the page's own scripts (Page.addScriptToEvaluate-
// OnNewDocument), records when the screen's enrolment link left its URL
// (the server answered) and when the page went live.
const EnrolJS = `(() => {
  const t = window.__enrol = {};
  const replace = history.replaceState.bind(history);
  history.replaceState = function (state, title, url) {
    if (t.answered === undefined && location.search.includes("enrol=") && !String(url).includes("enrol=")) {
      t.answered = performance.now();
    }
    return replace(state, title, url);
  };
  // The document has no <html> yet when this runs: watch the document.
  new MutationObserver(() => {
    if (t.live === undefined && document.documentElement?.dataset.live === "1") t.live = performance.now();
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-live"]});
})()`

// EnrolLive is how many milliseconds after the server answered the link
// the page went live, as EnrolJS saw it.
func EnrolLive(tab context.Context) (float64, error) {
	ms, err := harness.EvalJS[float64](tab, `window.__enrol.live - window.__enrol.answered`)
	if err != nil {
		return 0, fmt.Errorf("probe: enrol: %w", err)
	}
	return ms, nil
}
