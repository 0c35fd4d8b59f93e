package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/chromedp/cdproto"
	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"storecast/e2e/harness"
)

// cpuSlowdown is how much slower than this machine the start-up loads
// run (-cpu-slowdown): 4, a cheap Android box, unless a run compares
// CPU time, which DevTools' throttling inflates.
var cpuSlowdown = 4

// Kiosk-class network: store Wi-Fi.
const (
	netLatencyMs = 20
	netBytesPerS = 20e6 / 8 // 20 Mbit/s
)

// The two ways to throttle a tab's network, newest first: by rule, here
// one rule for every URL, and the deprecated whole-page method. Chromium
// 156 takes both, and under either a WebSocket's handshake waits out the
// latency while its frames do not (TestNetworkEmulationOnThisChromium).
// Debian's Chromium 148 refuses the rule as sent here ("Invalid
// parameters"), so the bench falls back to the whole page.
const (
	emulateByRule    = "Network.emulateNetworkConditionsByRule"
	emulateWholePage = "Network.emulateNetworkConditions"
)

// netEmulations are the -net-emulation choices: which methods to try, in
// order.
var netEmulations = map[string][]string{
	"auto":       {emulateByRule, emulateWholePage},
	"by-rule":    {emulateByRule},
	"whole-page": {emulateWholePage},
}

// emulationLabel is how the table names a method.
var emulationLabel = map[string]string{
	emulateByRule:    "by rule",
	emulateWholePage: "whole page",
}

// devtools sends one DevTools command to a tab and returns the browser's
// refusal as a *cdproto.Error: chromedp in the bench, a fake in its tests.
type devtools func(method string, params any) error

// tabDevtools is devtools for a chromedp tab.
func tabDevtools(tab context.Context) devtools {
	return func(method string, params any) error {
		_, err := chromedp.Call(tab, cdp.Command[any, any]{Method: method}, params)
		return err
	}
}

// wholePageConditions are the parameters of emulateWholePage, which the
// DevTools protocol package no longer has.
type wholePageConditions struct {
	Offline            bool    `json:"offline"`
	Latency            float64 `json:"latency"`
	DownloadThroughput float64 `json:"downloadThroughput"`
	UploadThroughput   float64 `json:"uploadThroughput"`
}

// link is an emulated network: latency in ms, throughput in bytes/s.
type link struct{ latency, down, up float64 }

// kioskLink is the kiosk's network: 20 Mbit/s both ways, 20 ms.
var kioskLink = link{netLatencyMs, netBytesPerS, netBytesPerS}

// networkParams are method's parameters for the kiosk's network.
func networkParams(method string) any { return linkParams(method, kioskLink) }

// linkParams are method's parameters for l.
func linkParams(method string, l link) any {
	if method == emulateWholePage {
		return wholePageConditions{Latency: l.latency, DownloadThroughput: l.down, UploadThroughput: l.up}
	}
	// An empty URL pattern matches every request.
	return network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: []*network.Conditions{
		{Latency: l.latency, DownloadThroughput: l.down, UploadThroughput: l.up},
	}}
}

// emulateNetwork throttles the tab's later requests to the kiosk's
// network with the first of methods the browser accepts and returns it. A
// refusal moves on to the next method; anything else (the tab is gone, the
// context ended) is an error at once. If the browser refuses them all, the
// error names each method with its refusal: start-up is never measured
// unthrottled.
func emulateNetwork(call devtools, methods []string) (string, error) {
	return emulateLink(call, methods, kioskLink)
}

// emulateLink is emulateNetwork for any link.
func emulateLink(call devtools, methods []string, l link) (string, error) {
	var refusals []string
	var last error
	for _, m := range methods {
		err := call(m, linkParams(m, l))
		if err == nil {
			return m, nil
		}
		if _, refused := errors.AsType[*cdproto.Error](err); !refused {
			return "", fmt.Errorf("bench: network emulation: %s: %w", m, err)
		}
		refusals = append(refusals, fmt.Sprintf("%s: %v", m, err))
		last = err
	}
	if last == nil {
		return "", errors.New("bench: network emulation: no method to try")
	}
	return "", fmt.Errorf("bench: network emulation: this Chromium refused every method (%s): %w", strings.Join(refusals, "; "), last)
}

// emulateKiosk throttles the tab's CPU, and its network with method, for
// every later load.
func emulateKiosk(tab context.Context, method string) error {
	if _, err := chromedp.Call(tab, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: float64(cpuSlowdown)}); err != nil {
		return fmt.Errorf("bench: cpu throttling: %w", err)
	}
	_, err := emulateNetwork(tabDevtools(tab), []string{method})
	return err
}

// chooseEmulation finds, in a tab of its own, the first of methods this
// browser accepts: every load of the section then uses it.
func chooseEmulation(ctx context.Context, b *harness.Browser, methods []string) (string, error) {
	tab, cancel, err := b.NewContext(ctx, 1280, 800)
	if err != nil {
		return "", err
	}
	defer cancel()
	return emulateNetwork(tabDevtools(tab), methods)
}

// browserVersion is the browser's product and version, as
// Browser.getVersion gives it ("HeadlessChrome/156.0.8078.114").
func browserVersion(ctx context.Context, b *harness.Browser) (string, error) {
	tab, cancel, err := b.NewContext(ctx, 800, 600)
	if err != nil {
		return "", err
	}
	defer cancel()
	v, err := chromedp.CallBrowser(tab, browser.GetVersion, cdp.Empty{})
	if err != nil {
		return "", fmt.Errorf("bench: browser version: %w", err)
	}
	return v.Product, nil
}
