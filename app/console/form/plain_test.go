//go:build !js

package form

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The form package is plain Go, so every rule in it runs in a host test
// and none of the browser comes with it: the wasm build has it need no
// go-app and not the console's client, and import no syscall/js itself
// (the standard library does, there). Host only: the wasm test run cannot
// start go list.
func TestFormIsPlainGo(t *testing.T) {
	for _, dep := range wasmList(t, "-deps") {
		if dep == "storecast/app/console/client" || strings.HasPrefix(dep, "github.com/maxence-charriere/go-app/") {
			t.Errorf("app/console/form needs %s; keep it plain Go", dep)
		}
	}
	if slices.Contains(wasmList(t, "-f", "{{join .Imports \"\\n\"}}"), "syscall/js") {
		t.Error("app/console/form imports syscall/js; keep it plain Go")
	}
}

// wasmList runs go list on this package as the wasm build sees it.
func wasmList(t *testing.T, args ...string) []string {
	t.Helper()
	cmd := exec.Command("go", append(append([]string{"list"}, args...), ".")...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, out)
	}
	return strings.Fields(string(out))
}
