package api

import (
	"bytes"
	"encoding/csv"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"milk", "milk"},
		{"=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")"},
		{"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"-A1", "'-A1"},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},    // only the first character makes a formula
		{" =1", " =1"},    // a leading space is text to every spreadsheet
		{"'=1", "'=1"},    // already text
		{"0", "0"},        // numbers stay numbers
		{"42", "42"},      //
		{"-42", "-42"},    //
		{"+7", "+7"},      //
		{"-1.5", "-1.5"},  //
		{"-1+1", "'-1+1"}, // arithmetic is a formula
		{"-1e3", "'-1e3"}, // not a plain decimal
		{"2026-11-27", "2026-11-27"},
		{"草莓", "草莓"},
	}
	for _, tt := range tests {
		if got := safeCell(tt.in); got != tt.want {
			t.Errorf("safeCell(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// formulaCells returns the cells of a CSV a spreadsheet would run.
func formulaCells(t *testing.T, body []byte) []string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, body)
	}
	var bad []string
	for _, row := range rows {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && safeCell(cell) != cell {
				bad = append(bad, cell)
			}
		}
	}
	return bad
}

// The play report's CSV: whatever a screen or an editor wrote into a
// slide id or a record reaches the spreadsheet as text, never a formula.
func TestPlayReportCSVHasNoFormulas(t *testing.T) {
	e := newEnv(t)
	code, b := e.do(t, "POST", "/api/v1/playlists", `{"name":"Sums","slides":[{"id":"-A1","kind":"clock","seconds":5}]}`)
	if code != http.StatusCreated {
		t.Fatalf("create playlist = %d %s", code, b)
	}
	playlist := b[strings.Index(b, `"id":"`)+6:]
	playlist = playlist[:strings.Index(playlist, `"`)]
	started := time.Now().Add(-time.Minute).UTC().Format(time.RFC3339)
	batch := `{"install":"` + install + `","plays":[
		{"id":"r1","playlist":"` + playlist + `","slide":"-A1","kind":"clock","started_at":"` + started + `","ms":5000},
		{"id":"r2","playlist":"p","slide":"=HYPERLINK(\"http://evil.example\",\"x\")","kind":"@x","ref":"+1","started_at":"` + started + `","ms":1000}]}`
	if code, b := e.do(t, "POST", "/api/v1/plays", batch, ""); code != http.StatusOK {
		t.Fatalf("plays = %d %s", code, b)
	}
	req, _ := http.NewRequest("GET", e.srv.URL+"/api/v1/plays/report?format=csv", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if bad := formulaCells(t, body); len(bad) > 0 {
		t.Errorf("CSV cells a spreadsheet would run: %q\n%s", bad, body)
	}
	if !bytes.Contains(body, []byte(",'-A1,")) {
		t.Errorf("CSV lacks the slide -A1 as text ('-A1):\n%s", body)
	}
}
