// Package e2e holds end-to-end tests: the real storecast binary on a free
// loopback port with a temporary data directory, driven over HTTP and
// through headless Chromium (chromedp), with the kit in e2e/harness, which
// the bench shares. The package starts one Chromium; each test's tabs live
// in browser contexts of their own, so no test sees another's storage,
// cookies, caches or service workers. Without Chromium the browser tests
// skip loudly, except under CI=true, where a missing browser fails them.
package e2e
