// Package e2e holds end-to-end tests: the real storecast binary on a free
// loopback port with a temporary data directory, driven over HTTP and
// through headless Chromium (chromedp). Without Chromium the browser tests
// skip loudly, except under CI=true, where a missing browser fails them.
package e2e
