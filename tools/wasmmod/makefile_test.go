package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

// What ships must be what is vetted and tested: every wasm command in the
// Makefile runs $(WASMGO), which builds against the module file this
// command writes, in a target that depends on wasmmod (which writes it).
func TestMakefileRunsEveryWasmCommandOnTheShippedModules(t *testing.T) {
	b, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range wasmCommandProblems(string(b)) {
		t.Error(p)
	}
}

func TestWasmCommandProblems(t *testing.T) {
	const vars = "WASMMOD := bin/wasm-module/wasm.mod\nWASMGO  := GOOS=js GOARCH=wasm GOFLAGS=-modfile=$(WASMMOD) $(GO)\n"
	for _, tt := range []struct {
		name, makefile string
		want           []string
	}{
		{"all through WASMGO", vars + "vet: wasmmod\n\t$(GO) vet ./...\n\t$(WASMGO) vet ./app/...\n", nil},
		{"GOOS set by hand", vars + "wasmtest: wasmmod\n\tGOOS=js GOARCH=wasm $(GO) test ./app/...\n",
			[]string{"Makefile:4 sets GOOS or GOARCH itself"}},
		{"no wasmmod prerequisite", vars + "vet: tools\n\t$(WASMGO) vet ./app/...\n",
			[]string{"Makefile:4 runs $(WASMGO) in vet, which does not depend on wasmmod"}},
		{"WASMGO without the module file", "WASMGO := GOOS=js GOARCH=wasm $(GO)\n",
			[]string{"Makefile:1: WASMGO does not build against -modfile=$(WASMMOD)"}},
		{"no WASMGO", "vet:\n\t$(GO) vet ./...\n", []string{"Makefile defines no WASMGO"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := wasmCommandProblems(tt.makefile)
			if len(got) != len(tt.want) {
				t.Fatalf("problems = %q; want %q", got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("problem %d = %q; want it to start %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// wasmCommandProblems reads a Makefile line by line: rules are "target:
// prerequisites" at the start of a line, their recipe lines start with a
// tab. Good enough for ours, which has no includes nor multi-line rules.
func wasmCommandProblems(makefile string) []string {
	var problems []string
	var target string
	var prereqs []string
	defined := false
	for i, line := range strings.Split(makefile, "\n") {
		n := i + 1
		switch {
		case strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "WASMGO "), strings.HasPrefix(line, "WASMGO:"):
			defined = true
			if !strings.Contains(line, "GOOS=js GOARCH=wasm GOFLAGS=-modfile=$(WASMMOD) ") {
				problems = append(problems, fmt.Sprintf("Makefile:%d: WASMGO does not build against -modfile=$(WASMMOD)", n))
			}
			continue
		case strings.HasPrefix(line, "\t"):
			if strings.Contains(line, "$(WASMGO)") && !slices.Contains(prereqs, "wasmmod") {
				problems = append(problems, fmt.Sprintf("Makefile:%d runs $(WASMGO) in %s, which does not depend on wasmmod", n, target))
			}
		default:
			if name, deps, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(deps, "=") && !strings.Contains(name, " ") {
				target, prereqs = name, strings.Fields(deps)
			}
		}
		if strings.Contains(line, "GOOS=") || strings.Contains(line, "GOARCH=") {
			problems = append(problems, fmt.Sprintf("Makefile:%d sets GOOS or GOARCH itself: run $(WASMGO), which builds what ships", n))
		}
	}
	if !defined {
		problems = append(problems, "Makefile defines no WASMGO")
	}
	return problems
}
