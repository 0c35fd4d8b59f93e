package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Start-up budgets, in milliseconds, under kiosk-class emulation: a screen
// switched on shows its prerendered content at once, and is live soon
// after, sooner when its service worker has the app.
const (
	fcpBudget      = 500
	coldLiveBudget = 3000
	warmLiveBudget = 1000
)

// Start-up goals as ratios to the floor (bench/floor: go-app and one
// heading, served alike), which moves with the machine and the browser as
// the screens do: what the screens may take beyond what any go-app page
// takes.
const (
	fcpGoal      = 1.2
	coldLiveGoal = 1.3
	warmLiveGoal = 1.1
)

// startupMetric is one row of a page's start-up, cold or warm.
type startupMetric struct {
	name   string
	of     func(loadTiming) float64
	budget float64 // ms; 0: the row is a step on the way, with what it is in its note
	words  string  // the budget in words, or what the step is
	goal   float64 // the goal for its ratio to the floor; 0 for none
	screen bool    // only pages with a live feed have it
	before bool    // compared with -startup-before's page
}

func startupMetrics(kind string) []startupMetric {
	live := "data-live, " + kind
	liveBudget, liveWords, liveGoal := coldLiveBudget, "≤ 3 s", coldLiveGoal
	if kind == "warm" {
		live += " (service worker)"
		liveBudget, liveWords, liveGoal = warmLiveBudget, "≤ 1 s", warmLiveGoal
	}
	return []startupMetric{
		{"first contentful paint, " + kind, fcpOf, fcpBudget, "≤ 0.5 s", fcpGoal, false, true},
		{"app.wasm arrived, " + kind, wasmOf, 0, "responseEnd of /web/app.wasm", 0, false, false},
		{"wasm compiled, " + kind, compiledOf, 0, "instantiateStreaming resolved", 0, false, false},
		{"hello sent, " + kind, helloOf, 0, "Go started, boot state read", 0, true, false},
		{live, liveOf, float64(liveBudget), liveWords, liveGoal, false, true},
		{"browser CPU to data-live, " + kind, cpuOf, 0, "CPU time of all the browser's processes, navigation to data-live", 0, false, true},
	}
}

// startupRows adds each measured page's rows: the median of its runs,
// against the budget, and then its ratio to the floor's median, against
// the goal. The floor's own rows have neither.
func startupRows(res *Results, pages []*startupPage, sc startupConfig, method string) {
	note := fmt.Sprintf("median of %d; CPU %d×, 20 Mbit/s, %d ms, %s", sc.Runs, cpuSlowdown, netLatencyMs, emulationLabel[method])
	if sc.JSFlags != "" {
		note += "; js-flags " + sc.JSFlags
	}
	if sc.Offers > 0 {
		note += fmt.Sprintf("; %d more offers", sc.Offers)
	}
	var floorCold, floorWarm []loadTiming
	if floor, ok := floorOf(pages); ok {
		floorCold, floorWarm = floor.cold, floor.warm
	}
	for _, p := range pages {
		if p.err != nil {
			continue
		}
		pageRows(res, p, "cold", p.cold, floorCold, note)
		pageRows(res, p, "warm", p.warm, floorWarm, note)
		if b := p.before; b != nil && b.err == nil {
			beforeRows(res, p, b)
		}
		if p.floor {
			floorWasmRows(res, sc.Floor, p.section)
		}
	}
}

// pageRows adds p's rows for its cold or warm loads; floor is the floor's
// loads of the same kind, nil for none.
func pageRows(res *Results, p *startupPage, kind string, loads, floor []loadTiming, note string) {
	for _, m := range startupMetrics(kind) {
		value := median(pick(loads, m.of))
		switch {
		case p.floor && m.screen:
			continue
		case m.budget == 0:
			res.add(Row{Section: p.section, Name: m.name, Value: value, Unit: "ms", Note: m.words})
		case p.floor: // what the screens' rows are divided by; no budget of its own
			res.add(Row{Section: p.section, Name: m.name, Value: value, Unit: "ms", Note: note})
		default:
			res.atMost(p.section, m.name, value, "ms", m.budget, m.words)
			res.Rows[len(res.Rows)-1].Note = note
		}
		if m.goal != 0 && floor != nil && !p.floor {
			res.add(ratioRow(p.section, m, loads, floor))
		}
	}
}

// ratioRow is a page's median over the floor's, held to m's goal; its note
// has both medians and the spread of the ratios of the loads made in the
// same round (the i-th load of each).
func ratioRow(section string, m startupMetric, loads, floor []loadTiming) Row {
	page, base := median(pick(loads, m.of)), median(pick(floor, m.of))
	ratio := page / base
	var each []float64
	for i := range min(len(loads), len(floor)) {
		each = append(each, m.of(loads[i])/m.of(floor[i]))
	}
	verdict := verdictPass
	if !(ratio <= m.goal) {
		verdict = verdictMiss
	}
	return Row{
		Section: section, Name: m.name + " ÷ floor", Value: ratio, Unit: "×",
		Budget: fmt.Sprintf("goal ≤ %.1f×", m.goal), Verdict: verdict,
		Note: fmt.Sprintf("%s against the floor's %s; round by round %.2f–%.2f×",
			formatValue(page, "ms"), formatValue(base, "ms"), slices.Min(each), slices.Max(each)),
	}
}

// beforeRows compare p's first paint, data-live and CPU with the same page
// served by the binary before a change, loaded in the same rounds: the
// ratio of the medians, and each round's pair.
func beforeRows(res *Results, p, before *startupPage) {
	for _, kind := range []string{"cold", "warm"} {
		loads, base := p.cold, before.cold
		if kind == "warm" {
			loads, base = p.warm, before.warm
		}
		for _, m := range startupMetrics(kind) {
			if !m.before {
				continue
			}
			r := ratioRow(p.section, m, loads, base)
			r.Name, r.Budget, r.Verdict = m.name+" ÷ before", "", ""
			r.Note = strings.Replace(r.Note, "the floor's", "before's", 1)
			res.add(r)
		}
	}
}

// floorWasmRows add the size of the floor's wasm, raw and as served, as
// the bundle section has web/app.wasm's.
func floorWasmRows(res *Results, dir, section string) {
	for _, f := range []struct{ file, name string }{{"app.wasm", "app.wasm raw"}, {"app.wasm.br", "app.wasm brotli"}} {
		fi, err := os.Stat(filepath.Join(dir, f.file))
		if err != nil {
			res.add(Row{Section: section, Name: f.name, Verdict: verdictFail, Note: err.Error()})
			continue
		}
		res.add(Row{Section: section, Name: f.name, Value: float64(fi.Size()), Unit: "B", Note: "bench/floor, built as web/app.wasm is"})
	}
}

// emulationNote says how the network emulation applied.
func emulationNote(method string) string {
	if method == emulateByRule {
		return "one rule for every URL"
	}
	return "the deprecated method, for the whole tab"
}

func fcpOf(t loadTiming) float64      { return t.fcp }
func liveOf(t loadTiming) float64     { return t.live }
func wasmOf(t loadTiming) float64     { return t.wasm }
func compiledOf(t loadTiming) float64 { return t.compiled }
func helloOf(t loadTiming) float64    { return t.hello }
func cpuOf(t loadTiming) float64      { return t.cpu }

func pick(ts []loadTiming, f func(loadTiming) float64) []float64 {
	out := make([]float64, len(ts))
	for i, t := range ts {
		out[i] = f(t)
	}
	return out
}
