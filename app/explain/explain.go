// Package explain says the problems of a product file import in a user's
// language. It is plain Go over app/i18n, so the server's command line and
// API and the console in the browser all use it.
package explain

import (
	"storecast/app/content"
	"storecast/app/i18n"
)

// messageIDs maps each import error code to its message.
var messageIDs = map[string]string{
	content.ImportEmptyFile:        i18n.ImportEmptyFile,
	content.ImportNotUTF8:          i18n.ImportNotUTF8,
	content.ImportBadCSV:           i18n.ImportBadCSV,
	content.ImportNoHeader:         i18n.ImportNoHeader,
	content.ImportUnknownColumn:    i18n.ImportUnknownColumn,
	content.ImportDuplicateColumn:  i18n.ImportDuplicateColumn,
	content.ImportMissingColumn:    i18n.ImportMissingColumn,
	content.ImportColumnCount:      i18n.ImportColumnCount,
	content.ImportBadSKU:           i18n.ImportBadSKU,
	content.ImportDuplicateSKU:     i18n.ImportDuplicateSKU,
	content.ImportBadBarcode:       i18n.ImportBadBarcode,
	content.ImportDuplicateBarcode: i18n.ImportDuplicateBarcode,
	content.ImportBarcodeTaken:     i18n.ImportBarcodeTaken,
	content.ImportNoName:           i18n.ImportNoName,
	content.ImportBadName:          i18n.ImportBadName,
	content.ImportBadPrice:         i18n.ImportBadPrice,
	content.ImportUnknownCategory:  i18n.ImportUnknownCategory,
	content.ImportBadAisle:         i18n.ImportBadAisle,
	content.ImportBadStock:         i18n.ImportBadStock,
	content.ImportBadUnit:          i18n.ImportBadUnit,
	content.ImportBadValue:         i18n.ImportBadValue,
	content.ImportTooManyRows:      i18n.ImportTooManyRows,
	content.ImportTooManyErrors:    i18n.ImportTooManyErrors,
}

// Explain returns e's message in locale, without the line number.
func Explain(locale string, e content.ImportError) string {
	id, ok := messageIDs[e.Code]
	if !ok {
		return e.Code
	}
	return i18n.T(locale, id, "Line", e.Line, "Column", e.Column, "Value", e.Value, "Other", e.Other)
}

// Line returns e's message in locale, with its line number when it has one.
func Line(locale string, e content.ImportError) string {
	msg := Explain(locale, e)
	if e.Line == 0 {
		return msg
	}
	return i18n.T(locale, i18n.ImportAtLine, "Line", e.Line, "Message", msg)
}

// Localize fills in the Message of every error in locale.
func Localize(locale string, errs []content.ImportError) []content.ImportError {
	out := make([]content.ImportError, len(errs))
	for i, e := range errs {
		e.Message = Explain(locale, e)
		out[i] = e
	}
	return out
}
