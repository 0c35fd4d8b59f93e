package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// benchBinary reports the size of the storecast binary and what embedding
// NATS (server and client) costs of it: the bytes of the nats-io symbols,
// read with `go tool nm -size` from a build that keeps its symbol table
// (the shipped binary is stripped). Symbol sizes leave out the runtime's
// tables for those functions, so the true cost is somewhat higher.
func benchBinary(ctx context.Context, res *Results, binary string) error {
	const section = "binary"
	fi, err := os.Stat(binary)
	if err != nil {
		return fmt.Errorf("bench: binary: %w (run make build first)", err)
	}
	res.add(Row{Section: section, Name: "storecast", Value: float64(fi.Size()), Unit: "B", Note: "stripped, with both wasm programs and their compressed copies embedded"})

	dir, err := os.MkdirTemp("", "storecast-bench-nm-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	withSymbols := filepath.Join(dir, "storecast")
	if out, err := exec.CommandContext(ctx, "go", "build", "-trimpath", "-ldflags=-w", "-o", withSymbols, ".").CombinedOutput(); err != nil {
		return fmt.Errorf("bench: binary: build: %v\n%s", err, out)
	}
	out, err := exec.CommandContext(ctx, "go", "tool", "nm", "-size", withSymbols).Output()
	if err != nil {
		return fmt.Errorf("bench: binary: nm: %w", err)
	}
	nats, all := symbolBytes(out, "github.com/nats-io/")
	res.add(Row{Section: section, Name: "of which NATS symbols", Value: float64(nats), Unit: "B",
		Note: fmt.Sprintf("%.1f%% of all symbol bytes (%d B): nats-server embedded and nats.go", 100*float64(nats)/float64(all), all)})
	return nil
}

// symbolBytes sums the sizes in `go tool nm -size` output: those of
// symbols whose name starts with prefix, and all.
func symbolBytes(nm []byte, prefix string) (matched, all int64) {
	sc := bufio.NewScanner(bytes.NewReader(nm))
	for sc.Scan() {
		// address size type name
		f := strings.Fields(sc.Text())
		if len(f) < 4 {
			continue
		}
		size, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			continue
		}
		all += size
		if strings.HasPrefix(f[3], prefix) {
			matched += size
		}
	}
	return matched, all
}
