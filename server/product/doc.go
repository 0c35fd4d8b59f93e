// Package product reads product files (CSV) for the price check: it checks
// every row, says what is wrong with each bad one, and imports a file only
// when every row is good, so a bad file changes nothing.
//
// A file is UTF-8 CSV with a header line naming its columns, in any order:
//
//	sku,barcode,name_zh-Hans,name_zh-Hant,name_en,price,category,aisle
//
// sku, price and at least one name column are required. price is in yuan
// with at most two decimals ("12.90"); barcode is empty or a GTIN-8/12/13/14
// with a correct check digit; category is empty or a known category id.
package product
