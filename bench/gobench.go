package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// benchGo runs every Go benchmark in the module (found by looking for
// `func Benchmark` in test files, so new ones join without editing this)
// and turns each result line into a row.
func benchGo(ctx context.Context, res *Results, root, benchtime string) error {
	pkgs, err := benchmarkPackages(root)
	if err != nil {
		return err
	}
	if len(pkgs) == 0 {
		res.skipped("go bench", "benchmarks", "no Benchmark functions found")
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	args := append([]string{"test", "-run", "^$", "-bench", ".", "-benchmem", "-count", "1", "-benchtime", benchtime}, pkgs...)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	parseBenchOutput(res, out)
	catchUpRow(res)
	catalogueRow(res)
	if err != nil {
		return fmt.Errorf("bench: go test -bench: %w\n%s%s", err, out, stderr.Bytes())
	}
	idleMemoryTest(ctx, res, root)
	return nil
}

// benchmarkPackages lists ./dir for every directory with a test file that
// declares a benchmark. bench/ itself is skipped.
func benchmarkPackages(root string) ([]string, error) {
	var pkgs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && path != root && (strings.HasPrefix(name, ".") || name == "bench" || name == "node_modules" || name == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(name, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.Contains(b, []byte("\nfunc Benchmark")) {
			rel, _ := filepath.Rel(root, filepath.Dir(path))
			pkg := "./" + filepath.ToSlash(rel)
			if !slices.Contains(pkgs, pkg) {
				pkgs = append(pkgs, pkg)
			}
		}
		return nil
	})
	return pkgs, err
}

// benchLine is "BenchmarkName-2  1234  567 ns/op  89 B/op  1 allocs/op ...".
var benchLine = regexp.MustCompile(`^(Benchmark\S+)\s+(\d+)\s+(.*)$`)

func parseBenchOutput(res *Results, out []byte) {
	pkg := ""
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimPrefix(p, "storecast/")
			continue
		}
		m := benchLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		fields := strings.Fields(m[3])
		row := Row{Section: "go bench " + pkg, Name: m[1], Unit: "ns/op"}
		var extra []string
		for i := 0; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				continue
			}
			if fields[i+1] == "ns/op" {
				row.Value = v
				continue
			}
			extra = append(extra, fields[i]+" "+fields[i+1])
		}
		row.Note = strings.Join(extra, ", ")
		res.add(row)
	}
}

// catchUpRow repeats BenchmarkCatchUp1000 as a row of its own: how long a
// screen that missed 1,000 events takes to catch up, in milliseconds.
func catchUpRow(res *Results) {
	for _, row := range res.Rows {
		if strings.HasPrefix(row.Name, "BenchmarkCatchUp1000") {
			res.add(Row{Section: row.Section, Name: "catch-up after 1,000 missed events (in process)", Value: row.Value / 1e6, Unit: "ms",
				Note: "BenchmarkCatchUp1000: dial, hello with the old position, 1,000 replayed events read, resumed"})
			return
		}
	}
}

// catalogueBudget is the feed's promise: a POS's whole catalogue of
// 50,000 products in one batch within 10 s on SQLite.
const catalogueBudget = 10

// catalogueRow repeats BenchmarkApply50k as seconds per batch, against
// the budget; its note has the CPU time, which a shared machine's load
// does not inflate.
func catalogueRow(res *Results) {
	for _, row := range res.Rows {
		if strings.HasPrefix(row.Name, "BenchmarkApply50k") {
			res.atMost(row.Section, "50,000 products in one catalogue batch (SQLite)", row.Value/1e9, "s", catalogueBudget, "≤ 10 s")
			res.Rows[len(res.Rows)-1].Note = "BenchmarkApply50k: decode, check, upsert with price history; " + row.Note
			return
		}
	}
}

// idleMemoryTest reads the hub's in-process idle memory figure (Go heap
// in use plus stacks, after GC) from its test log: the number RSS cannot
// give, since the server's garbage is not collected on demand.
func idleMemoryTest(ctx context.Context, res *Results, root string) {
	cmd := exec.CommandContext(ctx, "go", "test", "-run", "^TestIdleMemoryPerConnection$", "-count", "1", "-v", "./server/hub/")
	cmd.Dir = root
	out, _ := cmd.CombinedOutput() // its own pass/fail is make test's business
	m := regexp.MustCompile(`idle memory per connection: (\d+) B`).FindSubmatch(out)
	if m == nil {
		return
	}
	v, _ := strconv.ParseFloat(string(m[1]), 64)
	res.atMost("go bench server/hub", "idle Go memory per screen (in process, after GC)", v, "B/screen", idleBytesGoal, "goal ≤ 10 KB")
	res.Rows[len(res.Rows)-1].Note = "TestIdleMemoryPerConnection: heap in use + stacks, 1,000 screens"
}
