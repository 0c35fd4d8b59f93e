package command

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// goPackage is what go list says about a package.
type goPackage struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	Imports    []string
}

// goList lists the packages matching patterns, run from the module's root
// (this package is server/command).
func goList(t *testing.T, patterns ...string) []goPackage {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-json"}, patterns...)...)
	cmd.Dir = filepath.Join("..", "..")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", strings.Join(patterns, " "), err, stderr.Bytes())
	}
	var pkgs []goPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p goPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) == 0 {
		t.Fatalf("go list %s found no packages", strings.Join(patterns, " "))
	}
	return pkgs
}

// The server's types carry no JSON: a body a client sees has one Go type,
// in app/rest (or, when the live feed carries it too, app/content), and
// server/api maps the store's types onto it. A JSON tag in server/ is a
// second home for a wire shape.
func TestServerDeclaresNoWireShapes(t *testing.T) {
	fset := token.NewFileSet()
	for _, p := range goList(t, "storecast/server/...") {
		for _, name := range p.GoFiles {
			path := filepath.Join(p.Dir, name)
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				field, ok := n.(*ast.Field)
				if !ok || field.Tag == nil {
					return true
				}
				tag := reflect.StructTag(strings.Trim(field.Tag.Value, "`"))
				if _, ok := tag.Lookup("json"); ok {
					pos := fset.Position(field.Pos())
					t.Errorf("%s:%d (%s): a JSON tag; wire shapes live in app/rest or app/content", filepath.ToSlash(relToModule(pos.Filename)), pos.Line, p.ImportPath)
				}
				return true
			})
		}
	}
}

// relToModule shortens a path under the module's root for messages.
func relToModule(path string) string {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(root, path); err == nil {
		return rel
	}
	return path
}
