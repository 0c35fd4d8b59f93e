// Package pinyin spells Chinese product names in pinyin, so a shopper at a
// kiosk with no input method can find 草莓 by typing "caomei" or its
// initials "cm" on the kiosk's own keypad.
//
// The spelling is made here, on the server, when a product is written, and
// stored with it: the pinyin dictionary (github.com/mozillazg/go-pinyin,
// about 800 kB of source) never reaches the kiosk's wasm.
package pinyin
