package store

import (
	"context"
	"slices"
	"testing"

	"storecast/app/content"
)

func skusOf(l content.ProductList) []string {
	var skus []string
	for _, p := range l.Products {
		skus = append(skus, p.SKU)
	}
	return skus
}

func TestSearchProductsByPinyin(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	ps := []content.Product{
		{SKU: "P1", Name: content.Text{"zh-Hans": "草莓", "zh-Hant": "草莓", "en": "Strawberries"}, Price: 2990, Barcode: "6901230040078"},
		{SKU: "P2", Name: content.Text{"zh-Hans": "新鲜草莓 500克"}, Price: 1990},
		{SKU: "P3", Name: content.Text{"zh-Hans": "绿茶", "zh-Hant": "綠茶"}, Price: 4800},
		{SKU: "P4", Name: content.Text{"zh-Hans": "原味酸奶", "zh-Hant": "原味優格"}, Price: 1290},
		{SKU: "P5", Name: content.Text{"en": "Cream"}, Price: 990},
	}
	if _, err := s.ImportProducts(ctx, ps, "test"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q    string
		want []string
	}{
		{"cm", []string{"P1", "P2"}},      // initials: a name that starts with them first
		{"caomei", []string{"P1", "P2"}},  // full pinyin run together
		{"cao mei", []string{"P1", "P2"}}, // or word by word
		{"caom", []string{"P1", "P2"}},    // typed so far
		{"xxcm", []string{"P2"}},          // every initial
		{"lvcha", []string{"P3"}},         // ü typed as v
		{"lc", []string{"P3"}},            //
		{"youge", []string{"P4"}},         // the traditional name's own pinyin
		{"ywsn", []string{"P4"}},          // and the simplified one's initials
		{"690123", []string{"P1"}},        // part of a barcode
		{"cream", []string{"P5"}},         // names still match
		{"草莓", []string{"P1", "P2"}},      //
		{"zz", nil},
	}
	for _, tt := range tests {
		got, err := s.SearchProducts(ctx, tt.q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if skus := skusOf(got); !slices.Equal(skus, tt.want) || got.Total != len(tt.want) {
			t.Errorf("search %q = %v (total %d); want %v", tt.q, skus, got.Total, tt.want)
		}
	}
	p, err := s.ProductByBarcode(ctx, "6901230040078")
	if err != nil || p.Pinyin != "cao mei" {
		t.Errorf("by barcode = %q, %v; want pinyin %q", p.Pinyin, err, "cao mei")
	}
}

// TestImportSpellsPinyin: every write spells the name anew, so a renamed
// product is found by its new name's pinyin only; what the import carried
// in Pinyin is ignored.
func TestImportSpellsPinyin(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	p := content.Product{SKU: "P1", Name: content.Text{"zh-Hans": "香蕉"}, Price: 690, Pinyin: "made up"}
	if _, err := s.ImportProducts(ctx, []content.Product{p}, "test"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.SearchProducts(ctx, "xj", 5); len(got.Products) != 1 || got.Products[0].Pinyin != "xiang jiao" {
		t.Fatalf("after import: %+v; want 香蕉 spelt xiang jiao", got)
	}
	p.Name = content.Text{"zh-Hans": "苹果", "en": "Apples"}
	if _, err := s.ImportProducts(ctx, []content.Product{p}, "test"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.SearchProducts(ctx, "xj", 5); got.Total != 0 {
		t.Errorf("old pinyin still matches: %v", skusOf(got))
	}
	if got, _ := s.SearchProducts(ctx, "pingguo", 5); len(got.Products) != 1 || got.Products[0].Pinyin != "ping guo" {
		t.Errorf("after rename: %+v; want 苹果 spelt ping guo", got)
	}
	p.Name = content.Text{"en": "Apples"}
	if _, err := s.ImportProducts(ctx, []content.Product{p}, "test"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.SearchProducts(ctx, "apples", 5); len(got.Products) != 1 || got.Products[0].Pinyin != "" {
		t.Errorf("English name only: %+v; want no pinyin", got)
	}
}

// TestOpenSpellsOldProducts: products written before products had pinyin
// (NULL) are spelt when the store next opens.
func TestOpenSpellsOldProducts(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	if _, err := s.SeedKioskDemo(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.write.ExecContext(ctx, `UPDATE products SET pinyin = NULL, search = lower(sku)`); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.SearchProducts(ctx, "cm", 5); got.Total != 0 {
		t.Fatalf("before reopening: %v match cm", skusOf(got))
	}
	s.Close()
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.SearchProducts(ctx, "cm", 5)
	if err != nil || got.Total != 1 || got.Products[0].SKU != "SC-1001" || got.Products[0].Pinyin != "xin xian cao mei 500 ke" {
		t.Errorf("after reopening: %+v, %v; want SC-1001 (新鲜草莓) spelt", got, err)
	}
	var left int
	if err := s2.write.QueryRowContext(ctx, `SELECT count(*) FROM products WHERE pinyin IS NULL`).Scan(&left); err != nil || left != 0 {
		t.Errorf("%d products left unspelt (%v)", left, err)
	}
}

func TestProductsInCategory(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	if _, err := s.SeedKioskDemo(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := s.ProductsInCategory(ctx, "fresh", 50)
	if err != nil {
		t.Fatal(err)
	}
	var pys []string
	for _, p := range got.Products {
		if p.Category != "fresh" {
			t.Errorf("%s is in %q; want fresh", p.SKU, p.Category)
		}
		pys = append(pys, p.Pinyin)
	}
	if got.Total != 7 || len(pys) != 7 || !slices.IsSorted(pys) {
		t.Errorf("fresh = %v (total %d); want its 7 products in pinyin order", pys, got.Total)
	}
	if got, _ := s.ProductsInCategory(ctx, "fresh", 2); len(got.Products) != 2 || got.Total != 7 {
		t.Errorf("limit 2: %d of %d; want 2 of 7", len(got.Products), got.Total)
	}
	if got, _ := s.ProductsInCategory(ctx, "nothing", 5); got.Total != 0 || got.Products == nil {
		t.Errorf("unknown category = %+v; want an empty list", got)
	}
}
