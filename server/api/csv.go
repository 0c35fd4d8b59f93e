package api

import (
	"encoding/csv"
	"io"
	"regexp"
)

// csvWriter is how the API writes every CSV it serves: encoding/csv's
// writer with each cell made safe to open in a spreadsheet. Cells hold
// what screens and staff typed (slide ids, names), and a spreadsheet runs
// a cell that starts with = + - @ (or a tab or CR before one) as a
// formula: HYPERLINK to leak data, DDE to start programs.
type csvWriter struct{ w *csv.Writer }

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{w: csv.NewWriter(w)} }

// Write writes one row, each cell through safeCell.
func (c *csvWriter) Write(row []string) error {
	safe := make([]string, len(row))
	for i, cell := range row {
		safe[i] = safeCell(cell)
	}
	return c.w.Write(safe)
}

// Flush writes what is buffered and reports the first error of any write.
func (c *csvWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

// plainNumber is a cell a spreadsheet reads as a number and nothing else.
var plainNumber = regexp.MustCompile(`^[+-]?[0-9]+(\.[0-9]+)?$`)

// safeCell prefixes a cell that would start a formula with an apostrophe,
// which spreadsheets take as "this is text" and do not show. Plain
// numbers (-42, +7, 1.5) stay numbers.
func safeCell(s string) string {
	if s == "" || plainNumber.MatchString(s) {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
