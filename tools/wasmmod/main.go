package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// fileEdit changes one file of a module: it is removed, or each edit
// replaces text that must occur exactly once.
type fileEdit struct {
	sha256  string // of the file the edits were written against
	remove  bool
	edits   []edit
	rewrite func(src []byte) ([]byte, error) // after the edits
}

type edit struct{ old, new string }

type patch struct {
	module  string
	version string              // whose files the sha256s are of
	files   map[string]fileEdit // by path in the module
}

var patches = []patch{
	{module: "github.com/maxence-charriere/go-app/v10", version: "v10.1.11", files: map[string]fileEdit{
		// The Handler and what serves it: the server's alone. Whatever
		// the wasm build still names from it goes too (wasm.go).
		"pkg/app/http.go": {
			sha256: "0601189a9f611378e9b24ab4bdf42780a03cbf95c1bbebd4171b523ddbe9a32d",
			remove: true,
		},
		// LocalDir's resolver keeps resolving paths, without the file
		// server only the server's Handler used: no net/http.
		"pkg/app/resource.go": {
			sha256: "6b52ab4ec2f4171d403384bffe159e9ec22699933e768ef5868f2851a1b84baa",
			edits: []edit{
				{"import (\n\t\"net/http\"\n\t\"strings\"\n)", "import (\n\t\"strings\"\n)"},
				{"\treturn localResourceResolver{\n\t\tHandler:   http.FileServer(http.Dir(directory)),\n\t\tdirectory: directory,\n\t}",
					"\treturn localResourceResolver{directory: directory}"},
				{"type localResourceResolver struct {\n\thttp.Handler\n", "type localResourceResolver struct {\n"},
			},
		},
		// Routes with a regexp compile at their first match, not at
		// start-up: a screen opened at an exact route (/kiosk, /signage)
		// never runs regexp's compiler. The server's unedited go-app
		// still compiles them all when it starts, so a bad pattern fails
		// there at once.
		"pkg/app/route.go": {
			sha256: "3252c7f2876cba69c3fbb203b0b4d5770ddd4651cdaf3ad69e5c33bfd1ccf5bd",
			edits: []edit{
				{"\t\tregexp:       regexp.MustCompile(pattern),\n", "\t\tregexp:       &lazyRegexp{pattern: pattern},\n"},
				{"type regexpRoute struct {\n\tregexp       *regexp.Regexp\n\tnewComponent func() Composer\n}\n",
					"type regexpRoute struct {\n\tregexp       *lazyRegexp\n\tnewComponent func() Composer\n}\n" + lazyRegexp},
			},
		},
		// GenerateStaticWebsite only panics in the wasm build, and names
		// the Handler that http.go took away.
		"pkg/app/wasm.go": {
			sha256: "10117b07fb7147cdfcd97d1e07cd010da30914e2a622b73d0242b5d9019796f8",
			edits: []edit{
				{"import (\n\t\"runtime\"\n\n\t\"github.com/maxence-charriere/go-app/v10/pkg/errors\"\n)\n\n", ""},
				{"func GenerateStaticWebsite(dir string, h *Handler, pages ...string) error {\n\tpanic(errors.New(\"unsupported instruction\").\n\t\tWithTag(\"architecture\", runtime.GOARCH))\n}\n\n", ""},
			},
		},
	}},
	{module: "github.com/nicksnyder/go-i18n/v2", version: "v2.7.0", files: map[string]fileEdit{
		// go-i18n's parser on text/template: nothing may fill a message
		// with it (localizer.go, message_template.go).
		"i18n/template/text_parser.go": {
			sha256: "67ec7a0a6fa3327c75feb6b2731cfaee3aa501535db930869458ed7111a8a9ea",
			remove: true,
		},
		// A Localize without a TemplateParser fills its message with
		// IdentityParser, not text/template; Funcs, a text/template type,
		// is left in place and ignored.
		"i18n/localizer.go": {
			sha256: "844642a1baa268343da421a4022e08939115ef7c4b6c9df7ebe3a3095293d0af",
			edits: []edit{
				{"var defaultTextParser = &template.TextParser{}\n", ""},
				{"\tif lc.Funcs != nil {\n\t\treturn &template.TextParser{\n\t\t\tFuncs: lc.Funcs,\n\t\t}\n\t}\n\treturn defaultTextParser",
					"\treturn template.IdentityParser{}"},
			},
		},
		// DefaultRules registers the rules of storecast's locales only;
		// TestWasmPluralsMatchGoI18n proves they read as the full set.
		"internal/plural/rule_gen.go": {
			sha256:  "a5fbd07d9a8fccb3c11d2c9977c5d0bc06bec973fe2b1878b0d8152793cc107c",
			rewrite: keepPluralRules(localeLanguages()),
		},
		// MessageTemplate.Execute, the exported way round Localize, uses
		// IdentityParser too.
		"i18n/message_template.go": {
			sha256: "74cbb56d5d840c067b5472eafa2c7b8ac61fcf33832aad8d5048dc61dfd86820",
			edits: []edit{
				{"\tparser := &template.TextParser{\n\t\tFuncs: funcs,\n\t}\n\treturn t.Execute(parser, data)",
					"\treturn t.Execute(template.IdentityParser{}, data)"},
			},
		},
	}},
}

// lazyRegexp is added to go-app's route.go.
const lazyRegexp = `
type lazyRegexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

func (l *lazyRegexp) MatchString(s string) bool {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re.MatchString(s)
}
`

func main() {
	out := flag.String("out", "bin/wasm-module", "directory for the module copies, wasm.mod and wasm.sum")
	flag.Parse()
	path, err := write(*out, patches)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmmod:", err)
		os.Exit(1)
	}
	fmt.Println(path)
}

// write makes the copies under out and returns the path of wasm.mod. It
// first removes the wasm.mod and wasm.sum of an earlier run, so that when
// it fails nothing builds against copies left half edited.
func write(out string, ps []patch) (string, error) {
	out, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	for _, name := range []string{"wasm.mod", "wasm.sum"} {
		if err := os.Remove(filepath.Join(out, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return "", err
	}
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		return "", err
	}
	mod = append(mod, "\n// Written by tools/wasmmod for the wasm build only.\n"...)
	for _, p := range ps {
		src, err := moduleDir(p.module)
		if err != nil {
			return "", err
		}
		dst := filepath.Join(out, strings.ReplaceAll(p.module, "/", "_"))
		if err := os.RemoveAll(dst); err != nil {
			return "", err
		}
		if err := copyModule(src, dst); err != nil {
			return "", err
		}
		if err := p.apply(dst); err != nil {
			return "", err
		}
		mod = fmt.Appendf(mod, "replace %s => %s\n", p.module, dst)
	}
	path := filepath.Join(out, "wasm.mod")
	if err := os.WriteFile(path, mod, 0o644); err != nil {
		return "", err
	}
	return path, os.WriteFile(filepath.Join(out, "wasm.sum"), sum, 0o644)
}

// apply edits the copy of p's module in dir, once every file to edit is
// the file its edit was written for.
func (p patch) apply(dir string) error {
	files, err := p.read(dir)
	if err != nil {
		return err
	}
	for _, name := range slices.Sorted(maps.Keys(p.files)) {
		fe, b := p.files[name], files[name]
		path := filepath.Join(dir, filepath.FromSlash(name))
		if fe.remove {
			if err := os.Remove(path); err != nil {
				return err
			}
			continue
		}
		text := string(b)
		for _, e := range fe.edits {
			if n := strings.Count(text, e.old); n != 1 {
				return fmt.Errorf("%s/%s: text to edit found %d times: %.50q", p.module, name, n, e.old)
			}
			text = strings.Replace(text, e.old, e.new, 1)
		}
		out := []byte(text)
		if fe.rewrite != nil {
			if out, err = fe.rewrite(out); err != nil {
				return fmt.Errorf("%s/%s: %w", p.module, name, err)
			}
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// read returns the files p edits, by name, or an error that lists every
// one of them that is not the file its edit was written for (another
// version of the module): whoever bumps it reviews them all at once.
func (p patch) read(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	var changed []string
	for _, name := range slices.Sorted(maps.Keys(p.files)) {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		switch {
		case errors.Is(err, fs.ErrNotExist):
			changed = append(changed, "\t"+name+": gone")
		case err != nil:
			return nil, err
		default:
			if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != p.files[name].sha256 {
				changed = append(changed, fmt.Sprintf("\t%s: sha256 %x", name, sum))
			}
			files[name] = b
		}
	}
	if len(changed) > 0 {
		return nil, fmt.Errorf("%s: not the files the edits were written for (%s); review each edit (docs/wasm.md), the new files are in %s:\n%s",
			p.module, p.version, dir, strings.Join(changed, "\n"))
	}
	return files, nil
}

// copyModule copies a module's go.mod, licence and Go sources, not its
// tests nor its documentation (most of go-app's download).
func copyModule(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel == "docs" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		keep := rel == "go.mod" || strings.HasPrefix(rel, "LICENSE") ||
			strings.HasSuffix(rel, ".go") && !strings.HasSuffix(rel, "_test.go")
		if !keep {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
}

// moduleDir downloads a module at the version go.mod requires, if it is not
// in the cache yet (a fresh machine), and returns its directory.
func moduleDir(module string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", module)
	cmd.Stderr = os.Stderr
	b, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", module, err)
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(b, &m); err != nil {
		return "", err
	}
	if m.Dir == "" {
		return "", fmt.Errorf("go mod download %s: %s", module, m.Error)
	}
	return m.Dir, nil
}
