// Package qr keeps the QR codes Storecast draws readable by the decoders
// in shoppers' phones.
package qr

// Quiet is the white border a QR reader needs around a symbol, in modules.
const Quiet = 4
