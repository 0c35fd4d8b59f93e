package command

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"storecast/app/content"
	"storecast/app/explain"
	"storecast/server/product"
)

// ErrImportRejected is returned when a product file has bad rows: nothing
// was imported, and every problem was printed.
var ErrImportRejected = errors.New("import: the file has errors; nothing was imported")

// importCmd runs `storecast import products FILE [--data DIR] [--lang L]`
// (FILE "-" reads standard input). The file is checked whole; with any bad
// row nothing is imported and each problem is printed with its line.
func importCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) < 1 || args[0] != "products" {
		return usageError(stderr, "import: say what to import: storecast import products FILE")
	}
	fs := newFlags("import products", "import products FILE [--data DIR] [--lang zh-Hans|zh-Hant|en]",
		"Imports a product CSV (FILE - reads standard input). The file is checked whole: with any\nbad row nothing is imported, and each problem is printed with its line.", stderr)
	data := dataFlag(fs, getenv)
	lang := fs.String("lang", content.LocaleEn, "language of the error messages: zh-Hans, zh-Hant or en")
	pos, err := parseArgs(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("import products: give exactly one file (or - for standard input)")
	}
	if !content.KnownLocale(*lang) {
		return fmt.Errorf("import products: --lang %q: use zh-Hans, zh-Hant or en", *lang)
	}
	st, err := openExisting(ctx, *data)
	if err != nil {
		return fmt.Errorf("import products: %w", err)
	}
	defer st.Close()
	in := stdin
	if name := pos[0]; name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import products: %w", err)
		}
		defer f.Close()
		in = f
	}
	res, err := product.Import(ctx, st, in, *lang, "command line: "+filepath.Base(pos[0]))
	if err != nil {
		return err
	}
	if len(res.Errors) > 0 {
		for _, e := range res.Errors {
			fmt.Fprintln(stderr, explain.Line(*lang, e))
		}
		return ErrImportRejected
	}
	fmt.Fprintf(stdout, "imported products: %d added, %d updated\n", res.Added, res.Updated)
	return nil
}
