// Package locales embeds the go-i18n message files, one per locale
// (zh-Hans.json, zh-Hant.json, en.json), so one binary and one wasm carry
// every language.
package locales

import "embed"

// FS holds the message files, named <locale>.json.
//
//go:embed *.json
var FS embed.FS
