package store

import (
	"context"
	"errors"
	"fmt"

	"storecast/app/content"
)

// ImportResult says what an import or a catalogue batch changed.
type ImportResult struct {
	Added        int
	Updated      int
	PriceChanges int      // rows of price history written
	Paused       []string // offers paused for want of stock
	Resumed      []string // offers back in stock
	// HQPriced are the products, at a store, whose price head office sets
	// without allowing the store's own: the import's price was not taken.
	HQPriced []string
}

// BarcodeConflict is an imported product whose barcode already belongs to
// another product that the import leaves alone.
type BarcodeConflict struct {
	Index    int    // position of the product in the import
	Barcode  string //
	OwnerSKU string // the product that has it now
}

// ErrBarcodeTaken is wrapped by ImportProducts' error when it refuses an
// import for BarcodeConflicts; errors.As gives the list.
var ErrBarcodeTaken = errors.New("barcode belongs to another product")

// ConflictError lists every barcode conflict of a refused import.
type ConflictError struct{ Conflicts []BarcodeConflict }

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%d imported products have a barcode that belongs to another product", len(e.Conflicts))
}

func (e *ConflictError) Unwrap() error { return ErrBarcodeTaken }

// ImportProducts adds or replaces (by SKU) every product in ps, in one
// transaction: either all of them are stored or none is. The caller
// validates them first and makes sure SKUs and barcodes are unique within
// ps. A barcode that belongs to a product not in ps refuses the whole import
// with a *ConflictError.
//
// Name, price, barcode, category and aisle are replaced; unit, stock, the
// channels' prices and the extra barcodes only when given (non-empty,
// non-nil), so a file that lacks them keeps what the feed sent. Every
// price that changes is kept in the price history with the actor in ctx
// and source (a token's name, a drop file); offers linked to products
// whose stock changed pause or resume; screens hear of it all in one
// catalogue event.
func (s *Store) ImportProducts(ctx context.Context, ps []content.Product, source string) (ImportResult, error) {
	var res ImportResult
	now := s.now()
	err := s.change(ctx, "products.import", func(tx *Tx) error {
		res = ImportResult{}
		if err := checkBarcodes(ctx, tx, ps); err != nil {
			return err
		}
		w, err := newProductWriter(ctx, tx, ActorFrom(ctx), source, now.UnixMilli())
		if err != nil {
			return err
		}
		defer w.close()
		if err := w.clearBarcodes(ps); err != nil {
			return err
		}
		skus := make([]string, len(ps))
		stockChanged := false
		for i, p := range ps {
			r, err := w.upsert(p)
			if err != nil {
				return fmt.Errorf("product %q: %w", p.SKU, err)
			}
			skus[i] = p.SKU
			if r.added {
				res.Added++
			} else {
				res.Updated++
			}
			res.PriceChanges += r.prices
			stockChanged = stockChanged || r.stock
		}
		if stockChanged {
			if res.Paused, res.Resumed, err = s.repauseOffers(ctx, tx); err != nil {
				return err
			}
		}
		res.HQPriced = w.hqPriced
		if err := tx.emitChainPrices(skus); err != nil {
			return err
		}
		if err := recordParityDay(ctx, tx, s.today(), now); err != nil {
			return err
		}
		tx.Audit(source, fmt.Sprintf("%d added, %d updated, %d price changes", res.Added, res.Updated, res.PriceChanges))
		return tx.emitCatalogue(skus)
	})
	if err != nil {
		return ImportResult{}, fmt.Errorf("store: import products: %w", err)
	}
	return res, nil
}

// checkBarcodes refuses barcodes of ps that belong to a product ps leaves
// alone: as its main barcode, or as an extra one it keeps (ps does not
// replace its extras).
func checkBarcodes(ctx context.Context, tx *Tx, ps []content.Product) error {
	mains := make(map[string]bool, len(ps))  // products whose main barcode ps replaces
	extras := make(map[string]bool, len(ps)) // products whose extras ps replaces
	for _, p := range ps {
		mains[p.SKU] = true
		extras[p.SKU] = p.Barcodes != nil
	}
	byMain, err := tx.PrepareContext(ctx, `SELECT sku FROM products WHERE barcode = ? AND sku <> ?`)
	if err != nil {
		return err
	}
	defer byMain.Close()
	byExtra, err := tx.PrepareContext(ctx, `SELECT sku FROM product_barcodes WHERE barcode = ? AND sku <> ?`)
	if err != nil {
		return err
	}
	defer byExtra.Close()
	var conflicts []BarcodeConflict
	for i, p := range ps {
		for _, code := range append([]string{p.Barcode}, p.Barcodes...) {
			if code == "" {
				continue
			}
			owner, err := firstSKU(ctx, byMain, code, p.SKU)
			if err != nil {
				return err
			}
			if owner != "" && !mains[owner] {
				conflicts = append(conflicts, BarcodeConflict{Index: i, Barcode: code, OwnerSKU: owner})
				continue
			}
			if owner, err = firstSKU(ctx, byExtra, code, p.SKU); err != nil {
				return err
			}
			if owner != "" && !extras[owner] {
				conflicts = append(conflicts, BarcodeConflict{Index: i, Barcode: code, OwnerSKU: owner})
			}
		}
	}
	if len(conflicts) > 0 {
		return &ConflictError{conflicts}
	}
	return nil
}
