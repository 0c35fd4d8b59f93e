//go:build js && wasm

// The DOM this test focuses exists only in the browser (make wasmtest).

package console

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// attrs records the attributes typedValue sets.
type attrs map[string]any

func (a attrs) Attr(k string, v any) attrs { a[k] = v; return a }

// A render writes the draft into a control, except into the one being
// typed in: keys typed since the last input event stay.
func TestTypedValueLeavesTheFocusedControl(t *testing.T) {
	doc := app.Window().Get("document")
	in := doc.Call("createElement", "input")
	in.Set("id", "typed-test")
	doc.Get("body").Call("appendChild", in)
	defer in.Call("remove")

	if got := typedValue(attrs{}, "typed-test", "Entranc"); got["value"] != "Entranc" {
		t.Errorf("a control without focus got %v; want the draft written", got)
	}
	in.Call("focus")
	if id := doc.Get("activeElement").Get("id").String(); id != "typed-test" {
		t.Fatalf("focus is on %q; the test needs it on its control", id)
	}
	if got := typedValue(attrs{}, "typed-test", "Entranc"); len(got) != 0 {
		t.Errorf("the focused control got %v; want nothing written over what is typed", got)
	}
}
