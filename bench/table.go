package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// Verdicts a row can carry. Rows with a budget get PASS or FAIL; rows
// with a goal alone (the start-up ratios to the floor) PASS or MISS: a
// goal that is missed is worth seeing but is not a failure.
const (
	verdictNone = ""
	verdictPass = "PASS"
	verdictFail = "FAIL"
	verdictMiss = "MISS"
	verdictSkip = "SKIP"
)

// Row is one line of the table and one object of the JSON results.
type Row struct {
	Section string  `json:"section"`
	Name    string  `json:"name"`
	Value   float64 `json:"value"`
	Unit    string  `json:"unit"`
	Text    string  `json:"text,omitempty"`   // a value that is not a number, e.g. which method ran; shown instead of Value
	Budget  string  `json:"budget,omitempty"` // what the value is held to, as text
	Verdict string  `json:"verdict,omitempty"`
	Note    string  `json:"note,omitempty"`
}

// Results collects rows from every section in the order they ran.
type Results struct {
	Started time.Time `json:"started"`
	Host    hostInfo  `json:"host"`
	Rows    []Row     `json:"rows"`
}

type hostInfo struct {
	CPUs      int    `json:"cpus"`
	GoVersion string `json:"go_version"`
	Commit    string `json:"commit"`
	LoadAvg   string `json:"loadavg"`           // at the start: other work on the machine skews every timing
	Browser   string `json:"browser,omitempty"` // Browser.getVersion's product, when a browser section ran
}

// add appends row. A value that could not be measured (NaN: no samples)
// is stored as 0 and fails its budget, since JSON has no NaN.
func (r *Results) add(row Row) {
	if math.IsNaN(row.Value) {
		row.Value = 0
		row.Note = strings.TrimSuffix("no samples; "+row.Note, "; ")
		if row.Verdict == verdictPass {
			row.Verdict = verdictFail
		}
	}
	r.Rows = append(r.Rows, row)
}

// atMost adds a row held to value ≤ limit; budget says so in words
// ("≤ 2.5 MB, goal 2.0 MB").
func (r *Results) atMost(section, name string, value float64, unit string, limit float64, budget string) {
	v := verdictPass
	if value > limit {
		v = verdictFail
	}
	r.add(Row{Section: section, Name: name, Value: value, Unit: unit, Budget: budget, Verdict: v})
}

// skipped adds a row that says why a section did not run.
func (r *Results) skipped(section, name, why string) {
	r.add(Row{Section: section, Name: name, Verdict: verdictSkip, Note: why})
}

// Print writes the one table.
func (r *Results) Print(w io.Writer) {
	browser := ""
	if r.Host.Browser != "" {
		browser = ", " + r.Host.Browser
	}
	fmt.Fprintf(w, "storecast %s, %s, %d CPUs%s, load average at start %s\n\n", r.Host.Commit, r.Host.GoVersion, r.Host.CPUs, browser, r.Host.LoadAvg)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SECTION\tNAME\tVALUE\tBUDGET / GOAL\tRESULT\tNOTE")
	for _, row := range r.Rows {
		val := formatValue(row.Value, row.Unit)
		switch {
		case row.Text != "":
			val = row.Text
		case row.Verdict == verdictSkip:
			val = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", row.Section, row.Name, val, row.Budget, row.Verdict, row.Note)
	}
	tw.Flush()
}

// WriteJSON saves the rows so two runs can be compared with a diff.
func (r *Results) WriteJSON(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("bench: results: %w", err)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("bench: results: %w", err)
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// count counts the rows with the verdict.
func (r *Results) count(verdict string) int {
	n := 0
	for _, row := range r.Rows {
		if row.Verdict == verdict {
			n++
		}
	}
	return n
}

// formatValue prints a value in its unit with sensible precision; byte
// counts get a human size next to the exact number.
func formatValue(v float64, unit string) string {
	switch unit {
	case "B":
		return fmt.Sprintf("%d B (%s)", int64(v), humanBytes(v))
	case "B/screen":
		return fmt.Sprintf("%s/screen", humanBytes(v))
	case "count", "":
		return strconv.FormatFloat(v, 'f', -1, 64) + pad(unit)
	case "×":
		return strconv.FormatFloat(v, 'f', 2, 64) + "×"
	}
	prec := 1
	if v >= 1000 {
		prec = 0
	}
	if v != 0 && v < 10 {
		prec = 2
	}
	if v != 0 && v < 0.1 {
		prec = 4
	}
	return strconv.FormatFloat(v, 'f', prec, 64) + " " + unit
}

func pad(unit string) string {
	if unit == "" || unit == "count" {
		return ""
	}
	return " " + unit
}

func humanBytes(v float64) string {
	switch {
	case v >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', 2, 64) + " MB"
	case v >= 1e3:
		return strconv.FormatFloat(v/1e3, 'f', 1, 64) + " KB"
	}
	return strings.TrimSuffix(strconv.FormatFloat(v, 'f', 0, 64), ".") + " B"
}
