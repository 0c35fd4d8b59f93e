package command

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// goPackage is what go list says about a package.
type goPackage struct {
	ImportPath   string
	Dir          string
	GoFiles      []string
	Imports      []string
	TestImports  []string
	XTestImports []string
	Deps         []string
}

// goList runs go list -json with args (flags, then patterns) from the
// module's root (this package is server/command); env is added to the
// environment, e.g. GOOS=js.
func goList(t *testing.T, env []string, args ...string) []goPackage {
	t.Helper()
	patterns := args
	cmd := exec.Command("go", append([]string{"list", "-json"}, args...)...)
	cmd.Dir = filepath.Join("..", "..")
	cmd.Env = append(os.Environ(), env...)
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
	for _, p := range goList(t, nil, "storecast/server/...") {
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

// The server and the browser share only a small kernel of plain-Go
// packages: the content model, the API's bodies, the UI strings, QR
// encoding, import-error wording, which wasm runs which page, and the
// brand's readable colours. The
// rest of app/ is browser code; a server package importing it would drag
// the browser into the server, and a kernel package importing go-app or
// syscall/js would drag both into each other.
var kernel = map[string]bool{
	"storecast/app/content":  true, // content model and live-feed envelope
	"storecast/app/rest":     true, // the JSON API's bodies
	"storecast/app/i18n":     true, // UI strings (errors the server words for clients)
	"storecast/app/qr":       true, // QR encoding (coupon and enrolment codes)
	"storecast/app/explain":  true, // import errors in the staff member's language
	"storecast/app/programs": true, // which wasm runs which page, for the loader
	"storecast/app/palette":  true, // readable colours from the brand (the phone's pages)
}

// routeTables are the one exception: go-app prerenders every page on the
// server, so the composition root registers the same route tables the
// wasm programs do. Only server/command may import them.
var routeTables = map[string]bool{
	"storecast/app/routes":  true, // shoppers' screens (app.wasm)
	"storecast/app/console": true, // the staff console (console.wasm)
}

// testKernel may be imported by server tests as well: the kernel's own
// test helpers.
var testKernel = map[string]bool{
	"storecast/app/qr/qrtest": true, // reads QR codes back
}

func TestServerImportsOnlyTheSharedKernel(t *testing.T) {
	for _, p := range goList(t, nil, "storecast/server/...") {
		check := func(imports []string, inTests bool) {
			for _, imp := range imports {
				switch {
				case !strings.HasPrefix(imp, "storecast/app/"), kernel[imp]:
				case inTests && testKernel[imp]:
				case p.ImportPath == "storecast/server/command" && routeTables[imp]:
				default:
					t.Errorf("%s imports %s: the server may import only the shared kernel (%s)", p.ImportPath, imp, kernelList())
				}
			}
		}
		check(p.Imports, false)
		check(append(p.TestImports, p.XTestImports...), true)
	}
	checkKernel(t)
}

// checkKernel fails when a kernel package imports syscall/js, go-app
// (directly or through anything), or an app/ package outside the kernel.
// The listing is the wasm build's, where the browser's imports show;
// there the standard library itself uses syscall/js, so only the
// kernel's own imports of it count.
func checkKernel(t *testing.T) {
	const goApp = "github.com/maxence-charriere/go-app/"
	var names []string
	for k := range kernel {
		names = append(names, k)
	}
	slices.Sort(names)
	graph := map[string]goPackage{}
	for _, p := range goList(t, []string{"GOOS=js", "GOARCH=wasm"}, append([]string{"-deps"}, names...)...) {
		graph[p.ImportPath] = p
	}
	for _, k := range names {
		for _, imp := range graph[k].Imports {
			switch {
			case imp == "syscall/js", strings.HasPrefix(imp, goApp):
				t.Errorf("%s (kernel) imports %s: the kernel is plain Go, shared with the server", k, imp)
			case strings.HasPrefix(imp, "storecast/app/") && !kernel[imp]:
				t.Errorf("%s (kernel) imports %s: the kernel imports only the kernel", k, imp)
			default:
				if dep := firstWithPrefix(graph[imp].Deps, goApp); dep != "" {
					t.Errorf("%s (kernel) imports %s, which needs %s: the kernel is plain Go, shared with the server", k, imp, dep)
				}
			}
		}
	}
}

func firstWithPrefix(paths []string, prefix string) string {
	for _, p := range paths {
		if strings.HasPrefix(p, prefix) {
			return p
		}
	}
	return ""
}

func kernelList() string {
	var names []string
	for k := range kernel {
		names = append(names, strings.TrimPrefix(k, "storecast/"))
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

// Every CSV the server or the browser writes goes through server/api's
// csvWriter, which keeps a cell from starting a spreadsheet formula: a
// csv.NewWriter anywhere else is a CSV that skips it.
func TestEveryCSVIsWrittenSafely(t *testing.T) {
	const allowed = "server/api/csv.go"
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	for _, dir := range []string{"server", "app"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			csvName := ""
			for _, imp := range f.Imports {
				if imp.Path.Value == `"encoding/csv"` {
					csvName = "csv"
					if imp.Name != nil {
						csvName = imp.Name.Name
					}
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok || csvName == "" || sel.Sel.Name != "NewWriter" {
					return true
				}
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == csvName && filepath.ToSlash(rel) != allowed {
					t.Errorf("%s:%d: csv.NewWriter; write CSV with server/api's csvWriter (%s)", filepath.ToSlash(rel), fset.Position(sel.Pos()).Line, allowed)
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
