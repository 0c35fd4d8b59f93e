package content

// ImportError is one problem with a product file, at a line of it (line 0:
// the file as a whole). Code says what is wrong so each screen can say it in
// its user's language; Message says it in the language the import was asked
// in.
type ImportError struct {
	Line    int    `json:"line"`
	Column  string `json:"column,omitempty"`
	Code    string `json:"code"`
	Value   string `json:"value,omitempty"`      // the offending value, shortened
	Other   int    `json:"other_line,omitempty"` // a duplicate's first line, or a count
	Message string `json:"message"`
}

// Import error codes.
const (
	ImportEmptyFile        = "empty_file"
	ImportNotUTF8          = "not_utf8"
	ImportBadCSV           = "bad_csv"
	ImportNoHeader         = "no_header"
	ImportUnknownColumn    = "unknown_column"
	ImportDuplicateColumn  = "duplicate_column"
	ImportMissingColumn    = "missing_column"
	ImportColumnCount      = "column_count"
	ImportBadSKU           = "bad_sku"
	ImportDuplicateSKU     = "duplicate_sku"
	ImportBadBarcode       = "bad_barcode"
	ImportDuplicateBarcode = "duplicate_barcode"
	ImportBarcodeTaken     = "barcode_taken"
	ImportNoName           = "no_name"
	ImportBadName          = "bad_name"
	ImportBadPrice         = "bad_price"
	ImportUnknownCategory  = "unknown_category"
	ImportBadAisle         = "bad_aisle"
	ImportBadStock         = "bad_stock"
	ImportBadUnit          = "bad_unit"
	ImportBadValue         = "bad_value" // a JSON field of the wrong type, or unknown
	ImportTooManyRows      = "too_many_rows"
	ImportTooManyErrors    = "too_many_errors"
)

// ImportCodes lists every import error code; tests check each has a
// message in every locale.
var ImportCodes = []string{
	ImportEmptyFile, ImportNotUTF8, ImportBadCSV, ImportNoHeader, ImportUnknownColumn,
	ImportDuplicateColumn, ImportMissingColumn, ImportColumnCount, ImportBadSKU,
	ImportDuplicateSKU, ImportBadBarcode, ImportDuplicateBarcode, ImportBarcodeTaken,
	ImportNoName, ImportBadName, ImportBadPrice, ImportUnknownCategory, ImportBadAisle,
	ImportBadStock, ImportBadUnit, ImportBadValue, ImportTooManyRows, ImportTooManyErrors,
}

// ProductColumns are the columns of a product file, in the order a
// template has them. sku, price and one name are required.
var ProductColumns = []string{"sku", "barcode", "name_zh-Hans", "name_zh-Hant", "name_en", "price", "category", "aisle"}

// FeedColumns are the optional columns the catalogue feed adds to a
// product file: an empty cell leaves what the store has. barcodes are
// separated by spaces or semicolons.
var FeedColumns = []string{"unit", "stock", "online_price", "delivery_price", "barcodes"}
