package product

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"storecast/app/content"
	"storecast/server/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.SeedKioskDemo(context.Background()); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestImportAllOrNothing(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	before, _ := st.ProductCount(ctx)
	res, err := Import(ctx, st, strings.NewReader(header+"N1,,,,New thing,1.00,fresh,1\nN2,,,,Bad,x,,\n"), "zh-Hans", "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || res.Errors[0].Line != 3 || res.Errors[0].Message != "价格“x”格式不对，应类似 12.90。" {
		t.Fatalf("Errors = %+v; want one bad price on line 3, in Chinese", res.Errors)
	}
	if after, _ := st.ProductCount(ctx); after != before {
		t.Errorf("a refused import changed the count from %d to %d", before, after)
	}

	res, err = Import(ctx, st, strings.NewReader(header+"N1,,,,New thing,1.00,fresh,1\nSC-1001,,,,Strawberries,9.99,fresh,1\n"), "en", "test")
	if err != nil || len(res.Errors) != 0 {
		t.Fatalf("Import = %+v, %v", res, err)
	}
	if res.Added != 1 || res.Updated != 1 {
		t.Errorf("Added, Updated = %d, %d; want 1, 1", res.Added, res.Updated)
	}
	got, err := st.SearchProducts(ctx, "strawberries", 5)
	if err != nil || len(got.Products) != 1 || got.Products[0].Price != 999 {
		t.Errorf("after update: %+v, %v", got, err)
	}
}

func TestImportBarcodeTakenByAnotherProduct(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	taken := store.DemoProducts()[1].Barcode
	res, err := Import(ctx, st, strings.NewReader(header+"N1,"+taken+",,,Copy,1,,\n"), "en", "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || res.Errors[0].Code != content.ImportBarcodeTaken || res.Errors[0].Line != 2 {
		t.Fatalf("Errors = %+v; want barcode_taken on line 2", res.Errors)
	}
	// Two products of one file may swap barcodes.
	a, b := store.DemoProducts()[0], store.DemoProducts()[1]
	res, err = Import(ctx, st, strings.NewReader(header+a.SKU+","+b.Barcode+",,,A,1,,\n"+b.SKU+","+a.Barcode+",,,B,2,,\n"), "en", "test")
	if err != nil || len(res.Errors) != 0 {
		t.Fatalf("swap: %+v, %v", res, err)
	}
	p, err := st.ProductByBarcode(ctx, a.Barcode)
	if err != nil || p.SKU != b.SKU {
		t.Errorf("after swap, %s belongs to %q (%v); want %s", a.Barcode, p.SKU, err, b.SKU)
	}
}

// TestImportFindsByPinyin: a CSV import spells every Chinese name, so the
// kiosk's keypad finds the products by pinyin and initials at once.
func TestImportFindsByPinyin(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	csv := header + "N1,,火龙果,火龍果,Dragon fruit,12.90,fresh,1\nN2,,,鳳梨,Pineapple,9.90,fresh,1\n"
	res, err := Import(ctx, st, strings.NewReader(csv), "en", "test")
	if err != nil || len(res.Errors) != 0 || res.Added != 2 {
		t.Fatalf("Import = %+v, %v", res, err)
	}
	tests := []struct{ q, sku, pinyin string }{
		{"hlg", "N1", "huo long guo"},
		{"huolongguo", "N1", "huo long guo"},
		{"fengli", "N2", "feng li"}, // only a traditional name: it is spelt
	}
	for _, tt := range tests {
		got, err := st.SearchProducts(ctx, tt.q, 5)
		if err != nil || len(got.Products) != 1 || got.Products[0].SKU != tt.sku || got.Products[0].Pinyin != tt.pinyin {
			t.Errorf("search %q = %+v, %v; want %s spelt %q", tt.q, got.Products, err, tt.sku, tt.pinyin)
		}
	}
}
