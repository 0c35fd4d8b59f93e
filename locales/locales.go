// Package locales embeds the go-i18n message files, two per locale
// (zh-Hans, zh-Hant, en): <locale>.json for what shoppers see, and
// console.<locale>.json for the staff console, which shoppers' screens never
// load. One binary and one wasm carry every language.
package locales

import "embed"

// FS holds the message files.
//
//go:embed *.json
var FS embed.FS
