package command

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"storecast/app/content"
	"storecast/app/explain"
	"storecast/server/product"
	"storecast/server/store"
)

// ErrImportRejected is returned when a product file has bad rows: nothing
// was imported, and every problem was printed.
var ErrImportRejected = errors.New("import: the file has errors; nothing was imported")

// importCmd runs `storecast import products [--data DIR] [--lang L] FILE`
// (FILE "-" reads standard input). The file is checked whole; with any bad
// row nothing is imported and each problem is printed with its line.
func importCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) < 1 || args[0] != "products" {
		return fmt.Errorf("import: say what to import: storecast import products FILE: %w", ErrUsage)
	}
	fs := flag.NewFlagSet("import products", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", envOr(getenv, "STORECAST_DATA", "./data"), "data directory (STORECAST_DATA)")
	lang := fs.String("lang", content.LocaleEn, "language of the error messages: zh-Hans, zh-Hant or en")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("import products: give exactly one file (or - for standard input)")
	}
	if !content.KnownLocale(*lang) {
		return fmt.Errorf("import products: --lang %q: use zh-Hans, zh-Hant or en", *lang)
	}
	in := stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import products: %w", err)
		}
		defer f.Close()
		in = f
	}
	if err := os.MkdirAll(*data, 0o750); err != nil {
		return fmt.Errorf("import products: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(*data, "storecast.db"))
	if err != nil {
		return fmt.Errorf("import products: %w", err)
	}
	defer st.Close()
	res, err := product.Import(ctx, st, in, *lang)
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
