package qr

import (
	"errors"

	"rsc.io/qr/coding"
)

// Encode encodes text as the smallest QR code that holds it, at error
// correction level M (room for glare on a screen), with the first mask
// whose modules hold no finder look-alike (see FalseFinder).
// rsc.io/qr/coding is the encoder alone: the QR packages that also draw
// PNGs pull the image codecs into the wasm, which every screen downloads.
func Encode(text string) (*coding.Code, error) {
	var first *coding.Code
	for mask := range coding.Mask(8) {
		c, err := encodeMask(text, mask)
		if err != nil {
			return nil, err
		}
		if !FalseFinder(c.Size, c.Black) {
			return c, nil
		}
		if first == nil {
			first = c
		}
	}
	return first, nil // all eight masks have one: odds near 1 in 400,000
}

var errTooLong = errors.New("qr: text too long for a QR code")

// encodeMask encodes text as the smallest QR code that holds it, at level
// M, with the given mask.
func encodeMask(text string, mask coding.Mask) (*coding.Code, error) {
	enc := coding.String(text)
	for v := coding.Version(coding.MinVersion); v <= coding.MaxVersion; v++ {
		if enc.Bits(v) > v.DataBytes(coding.M)*8 {
			continue
		}
		p, err := coding.NewPlan(v, coding.M, mask)
		if err != nil {
			return nil, err
		}
		return p.Encode(enc)
	}
	return nil, errTooLong
}
