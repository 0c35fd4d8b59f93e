package product

import (
	"context"
	"errors"
	"fmt"
	"io"

	"storecast/app/content"
	"storecast/app/explain"
	"storecast/server/store"
)

// Result is what an import did, or why it did nothing.
type Result struct {
	store.ImportResult
	Errors []content.ImportError
}

// Import checks the whole file and, only if every row is good, adds or
// replaces its products in one transaction. Errors in the file come back in
// Result.Errors with messages in locale; err is for failures of the store.
func Import(ctx context.Context, st *store.Store, r io.Reader, locale string) (Result, error) {
	cats, err := st.Categories(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("product: import: %w", err)
	}
	known := make(map[string]bool, len(cats))
	for _, c := range cats {
		known[c.ID] = true
	}
	parsed := Parse(r, func(id string) bool { return known[id] })
	if len(parsed.Errors) > 0 {
		return Result{Errors: explain.Localize(locale, parsed.Errors)}, nil
	}
	res, err := st.ImportProducts(ctx, parsed.Products)
	var conflict *store.ConflictError
	if errors.As(err, &conflict) {
		var errs []content.ImportError
		for _, c := range conflict.Conflicts {
			errs = append(errs, content.ImportError{
				Line: parsed.Lines[c.Index], Column: "barcode", Code: content.ImportBarcodeTaken, Value: c.Barcode,
			})
		}
		return Result{Errors: explain.Localize(locale, errs)}, nil
	}
	if err != nil {
		return Result{}, fmt.Errorf("product: import: %w", err)
	}
	return Result{ImportResult: res, Errors: []content.ImportError{}}, nil
}
