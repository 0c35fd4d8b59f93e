// Package harness runs Storecast the way the end-to-end tests and the
// bench need it: the real binary on a free loopback port with a data
// directory of its own (Start, Server), API calls with the admin token
// (Server.Call), one headless Chromium shared by many users, each in a
// browser context of its own (Browser, Kit.Tab), and polling with a
// deadline that reports the last thing it saw (Poll, CheckFor, WaitJS).
//
// Everything has two faces: functions that return errors, for the bench,
// which is a command, and thin testing.TB wrappers, for the tests, which
// fail the test and clean up after it.
package harness
