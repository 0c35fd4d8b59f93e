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
// source names where the file came from in the price history.
func Import(ctx context.Context, st *store.Store, r io.Reader, locale, source string) (Result, error) {
	known, err := knownCategories(ctx, st)
	if err != nil {
		return Result{}, fmt.Errorf("product: import: %w", err)
	}
	return apply(ctx, st, Parse(r, known), locale, source)
}

// ImportBatch is Import for a catalogue feed batch in JSON (rest.CatalogueBatch); it
// also returns the batch's key, if it has one.
func ImportBatch(ctx context.Context, st *store.Store, r io.Reader, locale, source string) (key string, res Result, err error) {
	known, err := knownCategories(ctx, st)
	if err != nil {
		return "", Result{}, fmt.Errorf("product: import batch: %w", err)
	}
	key, parsed := DecodeBatch(r, known)
	res, err = apply(ctx, st, parsed, locale, source)
	return key, res, err
}

func knownCategories(ctx context.Context, st *store.Store) (func(string) bool, error) {
	cats, err := st.Categories(ctx)
	if err != nil {
		return nil, err
	}
	known := make(map[string]bool, len(cats))
	for _, c := range cats {
		known[c.ID] = true
	}
	return func(id string) bool { return known[id] }, nil
}

// apply stores parsed when it has no errors, and says what is wrong when
// it has, or when the store refuses a barcode.
func apply(ctx context.Context, st *store.Store, parsed Parsed, locale, source string) (Result, error) {
	if len(parsed.Errors) > 0 {
		return Result{Errors: explain.Localize(locale, parsed.Errors)}, nil
	}
	res, err := st.ImportProducts(ctx, parsed.Products, source)
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
