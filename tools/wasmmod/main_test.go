package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The wasm build against the written module file must compile and leave
// net/http out; go-i18n's copy must not fall back to text/template.
func TestWasmModuleKeepsServerCodeOut(t *testing.T) {
	t.Chdir("../..")
	out := t.TempDir()
	modfile, err := write(out, patches)
	if err != nil {
		t.Fatal(err)
	}
	screens := wasmDeps(t, modfile, "-deps", ".")
	console := wasmDeps(t, modfile, "-tags=console", "-deps", ".")
	for name, tt := range map[string]struct {
		deps        []string
		has, hasNot string
	}{
		"app.wasm":     {screens, "storecast/app/kiosk", "storecast/app/console"},
		"console.wasm": {console, "storecast/app/console", "storecast/app/kiosk"},
	} {
		for _, pkg := range []string{tt.has, "github.com/maxence-charriere/go-app/v10/pkg/app"} {
			if !slices.Contains(tt.deps, pkg) {
				t.Errorf("%s lacks %s: the listing is not of the app", name, pkg)
			}
		}
		// The other program's packages, and the packages under them
		// (app/console/client, app/console/form), stay out.
		if i := slices.IndexFunc(tt.deps, func(d string) bool { return d == tt.hasNot || strings.HasPrefix(d, tt.hasNot+"/") }); i >= 0 {
			t.Errorf("%s has %s, which is the other wasm's", name, tt.deps[i])
		}
		for _, pkg := range []string{"net/http", "crypto/tls", "crypto/x509", "net"} {
			if slices.Contains(tt.deps, pkg) {
				t.Errorf("%s imports %s; keep it out (see tools/wasmmod)", name, pkg)
			}
		}
	}
	i18n := filepath.Join(out, "github.com_nicksnyder_go-i18n_v2", "i18n")
	for _, name := range []string{"localizer.go", "message_template.go"} {
		b, err := os.ReadFile(filepath.Join(i18n, name))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), "&template.TextParser") {
			t.Errorf("%s still falls back to text/template", name)
		}
	}
	if _, err := os.Stat(filepath.Join(i18n, "template", "text_parser.go")); !os.IsNotExist(err) {
		t.Errorf("text_parser.go is still in go-i18n's copy (err %v)", err)
	}
}

// make wasmtest runs the app's tests on the shipped modules, so wasm.mod
// and wasm.sum must carry what only the tests import (gozxing reads the QR
// codes back).
func TestWasmModuleCarriesTheTestsImports(t *testing.T) {
	t.Chdir("../..")
	modfile, err := write(t.TempDir(), patches)
	if err != nil {
		t.Fatal(err)
	}
	deps := wasmDeps(t, modfile, "-test", "-deps", "./app/...", "./locales/...")
	for _, pkg := range []string{"github.com/makiuchi-d/gozxing/qrcode", "rsc.io/qr/coding"} {
		if !slices.Contains(deps, pkg) {
			t.Errorf("the app's tests on wasm.mod lack %s", pkg)
		}
	}
}

// wasmDeps runs go list for GOOS=js GOARCH=wasm against modfile.
func wasmDeps(t *testing.T, modfile string, args ...string) []string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-modfile=" + modfile}, args...)...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, b)
	}
	return strings.Fields(string(b))
}

// A new version of a module must be reviewed before it is built: apply
// refuses it, naming every edited file that changed (in order) and leaving
// the copy unedited for the review.
func TestApplyRefusesAnotherVersion(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a.go": "package a\n", "b.go": "package a // b\n", "c.go": "package a // c\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sumA := sha256.Sum256([]byte("package a\n"))
	p := patch{module: "example.com/a", version: "v1.0.0", files: map[string]fileEdit{
		"c.go":    {sha256: strings.Repeat("0", 64), remove: true},
		"a.go":    {sha256: hex.EncodeToString(sumA[:]), edits: []edit{{"package a", "package b"}}},
		"b.go":    {sha256: strings.Repeat("0", 64)},
		"gone.go": {sha256: strings.Repeat("0", 64)},
	}}
	err := p.apply(dir)
	if err == nil {
		t.Fatal("apply on another version: err = nil; want a refusal")
	}
	got := err.Error()
	for _, want := range []string{"example.com/a: not the files the edits were written for (v1.0.0)", "\tb.go: sha256 ", "\tc.go: sha256 ", "\tgone.go: gone"} {
		if !strings.Contains(got, want) {
			t.Errorf("err = %q; want it to say %q", got, want)
		}
	}
	if strings.Contains(got, "a.go:") {
		t.Errorf("err = %q; want a.go, which is unchanged, left out", got)
	}
	if strings.Index(got, "b.go") > strings.Index(got, "c.go") || strings.Index(got, "c.go") > strings.Index(got, "gone.go") {
		t.Errorf("err = %q; want the files in order", got)
	}
	for name, want := range map[string]string{"a.go": "package a\n", "c.go": "package a // c\n"} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != want {
			t.Errorf("%s after a refusal = %q, %v; want it unedited", name, b, err)
		}
	}
}

// After a failed run no module file is left to build against: the copies
// may be half edited.
func TestFailedWriteLeavesNoModuleFile(t *testing.T) {
	t.Chdir("../..")
	out := t.TempDir()
	if _, err := write(out, patches); err != nil {
		t.Fatal(err)
	}
	another := []patch{{module: "github.com/nicksnyder/go-i18n/v2", version: "v0.0.0", files: map[string]fileEdit{
		"i18n/localizer.go": {sha256: strings.Repeat("0", 64)},
	}}}
	if _, err := write(out, another); err == nil {
		t.Fatal("write with an edit for another version: err = nil; want a refusal")
	}
	for _, name := range []string{"wasm.mod", "wasm.sum"} {
		if _, err := os.Stat(filepath.Join(out, name)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s after a failed write: stat err = %v; want it gone", name, err)
		}
	}
}

// The wasm's go-i18n keeps the plural rules of storecast's locales only:
// every plural message must read the same as with go-i18n's full rules.
func TestWasmPluralsMatchGoI18n(t *testing.T) {
	t.Chdir("../..")
	modfile, err := write(t.TempDir(), patches)
	if err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		b, err := exec.Command("go", append([]string{"run"}, append(args, "./tools/wasmmod/pluralcheck")...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("go run %v: %v\n%s", args, err, b)
		}
		return string(b)
	}
	full, cut := run(), run("-modfile="+modfile)
	if !strings.Contains(full, "en PromotionCount 1: 1 offer\n") || !strings.Contains(full, "en PromotionCount 2: 2 offers\n") {
		t.Fatalf("pluralcheck printed no English plurals:\n%s", full)
	}
	if cut != full {
		t.Errorf("plurals differ with the wasm's go-i18n:\n--- go-i18n\n%s\n--- wasm copy\n%s", full, cut)
	}
}

func TestKeepPluralRulesRefusesALanguageWithoutARule(t *testing.T) {
	src := []byte("package plural\n\nfunc DefaultRules() Rules {\n\trules := Rules{}\n\taddPluralRules(rules, []string{\"en\"}, &Rule{})\n\treturn rules\n}\n")
	if _, err := keepPluralRules([]string{"en", "xx"})(src); err == nil || !strings.Contains(err.Error(), `"xx"`) {
		t.Errorf("err = %v; want no plural rule for xx", err)
	}
	out, err := keepPluralRules([]string{"en"})(src)
	if err != nil || !strings.Contains(string(out), `[]string{"en"}`) {
		t.Errorf("keepPluralRules(en) = %s, %v; want the en rule kept", out, err)
	}
}
