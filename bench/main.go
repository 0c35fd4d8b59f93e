// Command bench measures Storecast against its budgets and prints one
// table: bundle size, API→visible latency and start-up in headless
// Chromium, WebSocket fan-out to thousands of screens, and the Go
// benchmarks. It drives the real ./storecast binary on loopback, is
// bounded in time and count, and stops by itself. See docs/bench.md.
//
//	make bench                              # everything (builds first)
//	go run ./bench -only fanout -screens 10000
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"storecast/e2e/harness"
)

// sections in the order they run: the quiet ones first, the fan-out, which
// loads the machine, last but one.
var sections = []string{"bundle", "binary", "visible", "startup", "phone", "signage", "enrol", "fanout", "churn", "restart", "chain", "gobench"}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	only := fs.String("only", "", "comma-separated sections to run: "+strings.Join(sections, ","))
	binary := fs.String("binary", "./storecast", "the storecast binary to measure (make build makes it)")
	web := fs.String("web", "web", "directory with app.wasm, app.wasm.gz, app.wasm.br")
	out := fs.String("out", "bench/out/results.json", "where to write the results as JSON")
	screens := fs.String("screens", "1000,10000", "fan-out fleet sizes that get publishes")
	idle := fs.String("idle-screens", "2000", "fan-out fleet sizes measured for idle memory only")
	publishes := fs.Int("publishes", 20, "promotions published to each fan-out fleet")
	spacing := fs.Duration("spacing", 200*time.Millisecond, "time between fan-out publishes")
	churnScreens := fs.Int("churn-screens", 2000, "screens connected while some are cut")
	churnCut := fs.Float64("churn-cut", 5, "percent of the churn screens cut every second")
	churnPublishes := fs.Int("churn-publishes", 100, "events published 100 ms apart while cutting")
	restartScreens := fs.Int("restart-screens", 10000, "screens connected when the server is killed and started again")
	chainStores := fs.Int("chain-stores", 20, "stores of the chain section, each a storecast process joined to one head office")
	chainScreens := fs.Int("chain-screens", 100, "screens connected to each store of the chain section")
	visibleRuns := fs.Int("visible-runs", 20, "API→visible runs")
	startupRuns := fs.Int("startup-runs", 5, "cold and warm start-up runs each")
	phoneRuns := fs.Int("phone-runs", 5, "first opens of the phone's coupon page, and of a product's page")
	startupPages := fs.String("startup-pages", "/kiosk?lang=en,/signage?lang=en", "comma-separated pages whose start-up is measured against the floor; \"\" for the floor alone")
	enrolRuns := fs.Int("enrol-runs", 5, "screens enrolled by link, each timed")
	startupOffers := fs.Int("startup-offers", 0, "offers added to the demo's 4 before start-up is measured, each with a demo image, for a store's worth")
	benchtime := fs.String("benchtime", "1s", "go test -benchtime")
	floor := fs.String("floor", "bench/out/floor", "directory of the start-up floor (bench/floor) and its wasm, as make bench builds them; \"\" to measure without")
	startupBefore := fs.String("startup-before", "", "another storecast binary (built before a change): its pages take turns with -binary's in the start-up section, and each page gets a ratio to it")
	fs.IntVar(&cpuSlowdown, "cpu-slowdown", cpuSlowdown, "start-up CPU throttling: 4 for a kiosk; 1 to compare builds by their browser CPU, which throttling inflates")
	netEmulation := fs.String("net-emulation", "auto", "start-up network emulation: auto (by rule, else whole page), by-rule or whole-page")
	jsFlags := fs.String("js-flags", "", "V8 flags for Chromium (--js-flags), e.g. --no-wasm-lazy-compilation as docs/operations.md suggests for kiosks")
	if err := fs.Parse(args); err != nil {
		return err
	}
	want, err := selected(*only)
	if err != nil {
		return err
	}
	network, ok := netEmulations[*netEmulation]
	if !ok {
		return fmt.Errorf("bench: -net-emulation %q: want auto, by-rule or whole-page", *netEmulation)
	}
	fleets, err1 := sizes(*screens)
	idleFleets, err2 := sizes(*idle)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	raiseOpenFiles()

	// Everything below is bounded; this is the backstop, and ^C stops the
	// servers cleanly too.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 15*time.Minute)
	defer cancel()

	res := &Results{Started: time.Now().UTC(), Host: host()}
	errs := 0
	record := func(section string, err error) {
		if err == nil {
			return
		}
		errs++
		fmt.Fprintf(os.Stderr, "bench: %s: %v\n", section, err)
		if errors.Is(err, harness.ErrNoChromium) {
			res.skipped(section, "all", err.Error())
			errs--
			return
		}
		all := []error{err}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			all = j.Unwrap() // one row per failed part
		}
		for _, e := range all {
			msg, _, _ := strings.Cut(e.Error(), "\n")
			res.add(Row{Section: section, Name: "error", Verdict: verdictFail, Note: msg})
		}
	}
	if want["bundle"] {
		record("bundle", benchBundle(res, *web))
	}
	if want["binary"] {
		record("binary", benchBinary(ctx, res, *binary))
	}
	if want["visible"] || want["startup"] || want["phone"] || want["signage"] || want["enrol"] {
		record("browser", browserSections(ctx, res, *binary, want, *jsFlags, browserConfig{
			VisibleRuns: *visibleRuns, EnrolRuns: *enrolRuns, PhoneRuns: *phoneRuns,
			Startup: startupConfig{Runs: *startupRuns, Pages: strings.Split(*startupPages, ","), Offers: *startupOffers, JSFlags: *jsFlags,
				Floor: *floor, Web: *web, Network: network, Before: *startupBefore},
		}))
	}
	if want["fanout"] {
		record("fanout", benchFanout(ctx, res, *binary, fanoutConfig{
			Screens: fleets, IdleOnly: idleFleets, Publishes: *publishes, Spacing: *spacing, Parallel: 64,
		}))
	}
	if want["churn"] {
		record("churn", benchChurn(ctx, res, *binary, churnConfig{
			Screens: *churnScreens, CutPct: *churnCut, Publishes: *churnPublishes, Spacing: 100 * time.Millisecond,
			Missed: 1000, CatchUps: 5,
		}))
	}
	if want["restart"] {
		record("restart", benchRestart(ctx, res, *binary, *restartScreens))
	}
	if want["chain"] {
		record("chain", benchChain(ctx, res, *binary, chainConfig{Stores: *chainStores, Screens: *chainScreens, Publishes: 20, Spacing: 250 * time.Millisecond}))
	}
	if want["gobench"] {
		record("gobench", benchGo(ctx, res, ".", *benchtime))
	}

	fmt.Println()
	res.Print(os.Stdout)
	if err := res.WriteJSON(*out); err != nil {
		return err
	}
	fmt.Printf("\n%d rows, %d over budget, %d goals missed; JSON in %s\n", len(res.Rows), res.count(verdictFail), res.count(verdictMiss), *out)
	if errs > 0 {
		return fmt.Errorf("bench: %d sections did not finish", errs)
	}
	return nil // a missed budget is a FAIL row, not a failed command
}

// browserConfig sizes the browser sections.
type browserConfig struct {
	VisibleRuns, EnrolRuns, PhoneRuns int
	Startup                           startupConfig
}

// browserSections share one Chromium (jsFlags: its V8 flags), each tab in
// a browser context of its own; the browser's start is never measured.
// visible, startup and phone share one server, since they only read what it
// serves; signage and enrol change what theirs serve, so each has its own.
func browserSections(ctx context.Context, res *Results, binary string, want map[string]bool, jsFlags string, bc browserConfig) error {
	var flags map[string]any
	if jsFlags != "" {
		flags = map[string]any{"js-flags": jsFlags}
	}
	browser, err := harness.StartBrowser(flags)
	if err != nil {
		return err
	}
	defer browser.Close()
	if res.Host.Browser, err = browserVersion(ctx, browser); err != nil {
		return err
	}
	var errs []error
	if want["visible"] || want["startup"] || want["phone"] {
		errs = append(errs, readOnlySections(ctx, res, browser, binary, want, bc))
	}
	if want["signage"] {
		errs = append(errs, benchSignage(ctx, res, browser, binary))
	}
	if want["enrol"] {
		errs = append(errs, benchEnrol(ctx, res, browser, binary, bc.EnrolRuns))
	}
	return errors.Join(errs...)
}

// readOnlySections runs visible, startup and phone on one server (phone
// claims a coupon, which no other section reads).
func readOnlySections(ctx context.Context, res *Results, browser *harness.Browser, binary string, want map[string]bool, bc browserConfig) error {
	s, err := startServer(ctx, binary)
	if err != nil {
		return err
	}
	defer s.Stop()
	var errs []error
	if want["visible"] {
		errs = append(errs, benchVisible(ctx, res, browser, s, bc.VisibleRuns))
	}
	if want["startup"] {
		errs = append(errs, benchStartup(ctx, res, browser, s, bc.Startup))
	}
	if want["phone"] {
		errs = append(errs, benchPhone(ctx, res, browser, s, bc.PhoneRuns))
	}
	return errors.Join(errs...)
}

func selected(only string) (map[string]bool, error) {
	want := map[string]bool{}
	if only == "" {
		for _, s := range sections {
			want[s] = true
		}
		return want, nil
	}
	for _, s := range strings.Split(only, ",") {
		s = strings.TrimSpace(s)
		if !strings.Contains(","+strings.Join(sections, ",")+",", ","+s+",") {
			return nil, fmt.Errorf("bench: -only: unknown section %q (have %s)", s, strings.Join(sections, ","))
		}
		want[s] = true
	}
	return want, nil
}

func sizes(list string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(list, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 || n > 15000 {
			return nil, fmt.Errorf("bench: fleet size %q: want 1 … 15000 (open files are capped at 20000 a process)", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// raiseOpenFiles lifts the soft open-file limit to the hard one: 10,000
// screens need 10,000 sockets in this process.
func raiseOpenFiles() {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return
	}
	lim.Cur = lim.Max
	_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
}

func host() hostInfo {
	commit, _ := exec.Command("git", "describe", "--always", "--dirty").Output()
	load, _ := os.ReadFile("/proc/loadavg")
	fields := strings.Fields(string(load))
	return hostInfo{CPUs: runtime.NumCPU(), GoVersion: runtime.Version(), Commit: strings.TrimSpace(string(commit)),
		LoadAvg: strings.Join(fields[:min(3, len(fields))], " ")}
}
