package store

import (
	"context"
	"fmt"
	"strings"

	"storecast/app/content"
	"storecast/server/pinyin"
)

// spellName is a product's pinyin: its simplified Chinese name spelled,
// or the traditional one when it has no simplified one; "" when neither
// holds a Han character.
func spellName(name content.Text) string {
	for _, l := range []string{content.LocaleZhHans, content.LocaleZhHant} {
		if n := name[l]; pinyin.HasHan(n) {
			return pinyin.Spell(n)
		}
	}
	return ""
}

// searchText is what a search matches, one entry a line, in lower case:
// the SKU, the barcode, every name, and each Chinese name's pinyin run
// together ("caomei") and as initials ("cm"). A search word matches
// anywhere in it; one that starts a line ranks first.
func searchText(p content.Product) string {
	parts := []string{strings.ToLower(p.SKU)}
	if p.Barcode != "" {
		parts = append(parts, p.Barcode)
	}
	var spelt []string
	for _, l := range content.Locales {
		n := p.Name[l]
		if n == "" {
			continue
		}
		parts = append(parts, strings.ToLower(n))
		if pinyin.HasHan(n) {
			spelt = append(spelt, pinyin.Spell(n))
		}
	}
	seen := map[string]bool{}
	for _, s := range spelt {
		for _, w := range []string{strings.ReplaceAll(s, " ", ""), pinyin.Initials(s)} {
			if !seen[w] {
				seen[w] = true
				parts = append(parts, w)
			}
		}
	}
	return strings.Join(parts, "\n")
}

// spellOldProducts spells the products written before products had
// pinyin (their pinyin is NULL) and remakes their search text. Open runs
// it after the migrations; once every product is spelt it does nothing.
func (s *Store) spellOldProducts(ctx context.Context) error {
	rows, err := s.write.QueryContext(ctx, `SELECT `+productColumns+` FROM products WHERE pinyin IS NULL`)
	if err != nil {
		return fmt.Errorf("store: spell products: %w", err)
	}
	var ps []content.Product
	for rows.Next() {
		p, err := scanProduct(rows)
		if err != nil {
			rows.Close()
			return fmt.Errorf("store: spell products: %w", err)
		}
		ps = append(ps, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ps) == 0 {
		return err
	}
	err = s.record(ctx, func(tx *Tx) error {
		for _, p := range ps {
			if _, err := tx.ExecContext(ctx, `UPDATE products SET pinyin = ?, search = ? WHERE sku = ?`,
				spellName(p.Name), searchText(p), p.SKU); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: spell products: %w", err)
	}
	return nil
}
