package content

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQueryRunes caps what a shopper can search for.
const MaxQueryRunes = 64

// Query problems, as sentinels: the kiosk says each in the shopper's
// language, the API in words.
var (
	ErrQueryEmpty      = errors.New("type a product name or a barcode")
	ErrQueryTooLong    = errors.New("the search is too long")
	ErrQueryBadText    = errors.New("the search holds characters that cannot be searched for")
	ErrBarcodeLength   = errors.New("a barcode has 8, 12, 13 or 14 digits")
	ErrBarcodeDigits   = errors.New("a barcode has digits only")
	ErrBarcodeCheckSum = errors.New("the barcode's last digit does not match; check the number")
)

// ProductQuery is a parsed price-check search: a barcode or some words.
type ProductQuery struct {
	Barcode string // digits; set when the shopper typed or scanned a barcode
	Text    string // lower-case words otherwise
}

// ParseProductQuery reads what a shopper typed or scanned. Eight or more
// digits (spaces allowed) are a barcode and must be a valid GTIN; anything
// else is a name search.
func ParseProductQuery(s string) (ProductQuery, error) {
	if !utf8.ValidString(s) {
		return ProductQuery{}, ErrQueryBadText
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return ProductQuery{}, ErrQueryEmpty
	}
	if utf8.RuneCountInString(s) > MaxQueryRunes {
		return ProductQuery{}, ErrQueryTooLong
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ProductQuery{}, ErrQueryBadText
		}
	}
	digits := strings.ReplaceAll(s, " ", "")
	if len(digits) >= 8 && allDigits(digits) {
		if err := CheckBarcode(digits); err != nil {
			return ProductQuery{}, err
		}
		return ProductQuery{Barcode: digits}, nil
	}
	return ProductQuery{Text: strings.Join(strings.Fields(strings.ToLower(s)), " ")}, nil
}

// CheckBarcode reports whether s is a GTIN-8, -12, -13 or -14 with a
// correct check digit.
func CheckBarcode(s string) error {
	if !allDigits(s) {
		return ErrBarcodeDigits
	}
	switch len(s) {
	case 8, 12, 13, 14:
	default:
		return ErrBarcodeLength
	}
	if GTINCheckDigit(s[:len(s)-1]) != s[len(s)-1] {
		return ErrBarcodeCheckSum
	}
	return nil
}

// GTINCheckDigit computes the check digit for the digits before it:
// weights 3 and 1 alternate from the right.
func GTINCheckDigit(body string) byte {
	sum := 0
	for i := 0; i < len(body); i++ {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
