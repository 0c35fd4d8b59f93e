// Package watchdog keeps a kiosk machine's browser on the store's page:
// it starts Chromium in kiosk mode, restarts it when it exits, and when
// its page stops answering.
//
// A page is asked, every CheckEvery, for document.documentElement
// .dataset.live over Chromium's DevTools protocol, on a port Chromium
// picks on 127.0.0.1 (--remote-debugging-port=0; it writes the port into
// the profile's DevToolsActivePort file). The answer runs on the page's
// main thread, so a page stuck in a loop, or a renderer that crashed, does
// not answer: Misses unanswered checks in a row are a hang, and the whole
// browser (its process group) is killed and started again.
//
// Restarts back off: each one that follows a run shorter than
// Backoff.StableAfter waits twice as long as the last, from Backoff.Min up
// to Backoff.Max, so a browser that cannot start does not spin the CPU;
// after a run that lasted, the next restart waits Min again.
//
// The watchdog does not act on data-live itself: a screen that is not
// live (the server is down) still shows its content offline, and a reload
// would not help it. It logs when the page goes live and when it stops.
package watchdog
