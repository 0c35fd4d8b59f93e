// Package qr keeps the QR codes Storecast draws readable by the decoders
// in shoppers' phones.
package qr
