package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// Bundle budget: what a kiosk downloads on a cold start. At the start-up
// section's 20 Mbit/s, 2.5 MB is one second of its 3 s to live.
const (
	brotliBudget = 2_500_000
	brotliGoal   = 2_000_000
)

// benchBundle reports the sizes of web/app.wasm (what screens download)
// and web/console.wasm (the staff console's) as built by `make build` and
// as served (brotli, gzip). It measures the files, not a build of its own,
// so it checks exactly what the binary embeds.
func benchBundle(res *Results, webDir string) error {
	const section = "bundle"
	sizes := map[string]int64{}
	for _, name := range []string{"app.wasm", "app.wasm.gz", "app.wasm.br", "console.wasm", "console.wasm.br"} {
		fi, err := os.Stat(filepath.Join(webDir, name))
		if err != nil {
			return fmt.Errorf("bench: bundle: %w (run make build first)", err)
		}
		sizes[name] = fi.Size()
	}
	res.add(Row{Section: section, Name: "app.wasm raw", Value: float64(sizes["app.wasm"]), Unit: "B"})
	res.add(Row{Section: section, Name: "app.wasm gzip", Value: float64(sizes["app.wasm.gz"]), Unit: "B"})
	res.atMost(section, "app.wasm brotli", float64(sizes["app.wasm.br"]), "B", brotliBudget, "≤ 2.5 MB, goal 2.0 MB")
	if br := sizes["app.wasm.br"]; br > brotliGoal && br <= brotliBudget {
		res.Rows[len(res.Rows)-1].Note = fmt.Sprintf("%.0f KB over the 2.0 MB goal", float64(br-brotliGoal)/1e3)
	}
	res.add(Row{Section: section, Name: "console.wasm raw", Value: float64(sizes["console.wasm"]), Unit: "B"})
	res.add(Row{Section: section, Name: "console.wasm brotli", Value: float64(sizes["console.wasm.br"]), Unit: "B", Note: "staff console only"})
	return nil
}
