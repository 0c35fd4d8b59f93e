//go:build !js

package signage

import (
	"os"
	"strings"
	"testing"
)

// The player calls these functions by name; web/signage.js defines them.
func TestSignageJSDefinesWhatThePlayerCalls(t *testing.T) {
	b, err := os.ReadFile("../../web/signage.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{prepareFunc, keepMediaFunc, noopFunc} {
		if !strings.Contains(string(b), "window."+name+" = function") {
			t.Errorf("web/signage.js does not define window.%s", name)
		}
	}
}
