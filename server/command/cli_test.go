package command

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"storecast/server/store"
)

// newStoreDir makes a data directory with an empty store in it.
func newStoreDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(context.Background(), filepath.Join(dir, dbFile))
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	return dir
}

// runIn runs a command line with stdin as standard input.
func runIn(stdin string, args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"storecast"}, args...), env(), strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args    []string
		wantPos []string
		wantX   string
		wantB   bool
	}{
		{[]string{"NAME", "--x", "1"}, []string{"NAME"}, "1", false},
		{[]string{"--x", "1", "NAME"}, []string{"NAME"}, "1", false},
		{[]string{"A", "-b", "B", "--x=2"}, []string{"A", "B"}, "2", true},
		{[]string{"-", "--x", "3"}, []string{"-"}, "3", false},
		{[]string{"A", "--", "--x", "B"}, []string{"A", "--x", "B"}, "", false},
		{nil, nil, "", false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			x, b := fs.String("x", "", ""), fs.Bool("b", false, "")
			pos, err := parseArgs(fs, tt.args)
			if err != nil || !slices.Equal(pos, tt.wantPos) || *x != tt.wantX || *b != tt.wantB {
				t.Errorf("parseArgs = %q, x=%q, b=%v, %v; want %q, x=%q, b=%v", pos, *x, *b, err, tt.wantPos, tt.wantX, tt.wantB)
			}
		})
	}
}

// commandLines are every command that takes flags, as typed.
var commandLines = [][]string{
	{"serve"}, {"user", "add"}, {"user", "list"}, {"user", "reset-password"}, {"user", "disable"}, {"user", "enable"},
	{"import", "products"}, {"backup"}, {"restore"}, {"install"}, {"kiosk"}, {"nats"},
}

var (
	helpFlagRE = regexp.MustCompile(`(?m)^  -([a-z0-9-]+)`)
	envRE      = regexp.MustCompile(`STORECAST_[A-Z_]+`)
	usageFlag  = regexp.MustCompile(`--[a-z][a-z0-9-]+`)
)

// TestUsageListsEveryFlag keeps `storecast help` true: every command's
// --help works and lists its flags, each of which, and each environment
// variable named there, is in the usage text; and every flag the usage
// names exists.
func TestUsageListsEveryFlag(t *testing.T) {
	defined := map[string]bool{"--help": true}
	for _, line := range commandLines {
		name := strings.Join(line, " ")
		stdout, stderr, err := runIn("", append(line, "--help")...)
		if !errors.Is(err, flag.ErrHelp) || !strings.HasPrefix(stderr, "Usage: storecast "+name) {
			t.Errorf("%s --help: %v, %q; want its usage", name, err, stderr)
			continue
		}
		if stdout != "" {
			t.Errorf("%s --help wrote %q to standard output", name, stdout)
		}
		flags := helpFlagRE.FindAllStringSubmatch(stderr, -1)
		if len(flags) == 0 {
			t.Errorf("%s --help lists no flags:\n%s", name, stderr)
		}
		for _, f := range flags {
			defined["--"+f[1]] = true
			if !strings.Contains(usage, "--"+f[1]) {
				t.Errorf("%s defines --%s; the usage text does not mention it", name, f[1])
			}
		}
		for _, v := range envRE.FindAllString(stderr, -1) {
			if !strings.Contains(usage, v) {
				t.Errorf("%s --help names %s; the usage text does not", name, v)
			}
		}
	}
	for _, f := range usageFlag.FindAllString(usage, -1) {
		if !defined[f] {
			t.Errorf("the usage text names %s, which no command defines", f)
		}
	}
	out, _, err := runIn("", "help", "user", "add")
	if !errors.Is(err, flag.ErrHelp) || !strings.Contains(out, "Usage: storecast user add") {
		t.Errorf("storecast help user add = %q, %v; want that command's usage on standard output", out, err)
	}
}

// TestCommandsRefuseMissingStore: a mistyped --data is an error, never a
// new empty store.
func TestCommandsRefuseMissingStore(t *testing.T) {
	dir := t.TempDir()
	empty := t.TempDir()
	csv := filepath.Join(dir, "p.csv")
	os.WriteFile(csv, []byte("sku,price,name_en\nA1,1,Salt\n"), 0o600)
	for _, data := range []string{filepath.Join(dir, "typo"), empty} {
		for _, line := range [][]string{
			{"user", "add", "ann", "--role", "admin"}, {"user", "list"}, {"user", "reset-password", "ann"},
			{"user", "disable", "ann"}, {"user", "enable", "ann"}, {"import", "products", csv}, {"backup", filepath.Join(dir, "b.tar.gz")},
		} {
			_, _, err := runIn("a-long-password\n", append(line, "--data", data)...)
			if !errors.Is(err, ErrNoStore) {
				t.Errorf("%s --data %s: %v; want ErrNoStore", strings.Join(line, " "), data, err)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "typo")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a command created the mistyped data directory")
	}
	if left, _ := os.ReadDir(empty); len(left) != 0 {
		t.Errorf("a command wrote %v into an empty directory", left)
	}
}

func TestUserCommands(t *testing.T) {
	dir := newStoreDir(t)
	out, stderr, err := runIn("first-password\n", "user", "add", "ann", "--role", "editor", "--data", dir)
	if err != nil || !strings.HasPrefix(out, "created editor ann") {
		t.Fatalf("user add NAME --role: %q, %v\n%s", out, err, stderr)
	}
	if _, _, err := runIn("first-password\n", "user", "add", "--data", dir, "--role", "cashier", "bob"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runIn("short\n", "user", "add", "cy", "--role", "admin", "--data", dir); err == nil {
		t.Error("a 5-byte password was accepted")
	}
	if _, _, err := runIn("", "user", "disable", "bob", "--data", dir); err != nil {
		t.Fatal(err)
	}
	out, _, err = runIn("", "user", "list", "--data", dir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "NAME") ||
		!regexp.MustCompile(`^ann +editor +\d{4}-\d\d-\d\d +active$`).MatchString(lines[1]) ||
		!regexp.MustCompile(`^bob +cashier +\d{4}-\d\d-\d\d +disabled \d{4}-\d\d-\d\d$`).MatchString(lines[2]) {
		t.Errorf("user list =\n%s", out)
	}
	if _, _, err := runIn("", "user", "disable", "nobody", "--data", dir); err == nil || !strings.Contains(err.Error(), `no user "nobody"`) {
		t.Errorf("disable an unknown user: %v", err)
	}
	out, _, err = runIn("second-password\n", "user", "reset-password", "ANN", "--data", dir)
	if err != nil || !strings.Contains(out, "new password for ann") {
		t.Errorf("reset-password (any case) = %q, %v", out, err)
	}
	out, _, err = runIn("third-password\n", "user", "reset-password", "ann", "--revoke-tokens", "--data", dir)
	if err != nil || !strings.Contains(out, "API tokens revoked") {
		t.Errorf("reset-password --revoke-tokens = %q, %v", out, err)
	}
	if _, _, err := runIn("", "user", "frob", "--data", dir); !errors.Is(err, ErrUsage) {
		t.Errorf("user frob: %v; want ErrUsage", err)
	}
}
